package dev.speclint.cli;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.ProgressListener;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.ReportFile;
import dev.speclint.core.report.Reporter;
import dev.speclint.core.report.TextReporter;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The output options of {@code lint}: what is printed, which report files are written, and when the
 * run fails. Writes the reports and gives the exit code.
 */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = ReportTarget.FormatConverter.class, completionCandidates = LintCommand.Formats.class,
            description = "Format printed on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Reporter format;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", converter = ReportTarget.Converter.class,
            description = "Also write a report file, e.g. sarif=build/spec-lint.sarif (repeatable; "
                    + "written atomically, parent directories created)")
    List<ReportTarget> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = SeverityConverter.class,
            description = "Exit 1 when a violation is at or above this severity: error or warning "
                    + "(default: ${DEFAULT-VALUE})")
    Severity failOn;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit 1 when there are more than N warnings (default: no limit)")
    Integer maxWarnings;

    @Option(names = {"-q", "--quiet"},
            description = "Text format: print only violations at or above --fail-on, no summary, no progress")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the text output (NO_COLOR is honoured too)")
    boolean noColor;

    private ProgressLine progress;

    /** Checks what picocli cannot. */
    void validate(CommandLine cli) {
        if (maxWarnings != null && maxWarnings < 0) {
            throw new CommandLine.ParameterException(cli, "--max-warnings must be 0 or more, not " + maxWarnings);
        }
    }

    /** The progress line on a terminal's stderr, or nothing. */
    ProgressListener progress(PrintWriter err) {
        if (quiet || System.console() == null) {
            return ProgressListener.NONE;
        }
        progress = new ProgressLine(err, System::nanoTime);
        return progress;
    }

    /**
     * Prints the result on {@code out}, writes the report files and returns the exit code.
     *
     * @throws CliFailure when a report file cannot be written
     */
    int report(LintResult result, ReportContext context, PrintWriter out, PrintWriter err) {
        if (progress != null) {
            progress.finish();
        }
        boolean color = !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
        try {
            if (quiet && format.format().equals("text")) {
                for (Violation v : result.violations()) {
                    if (v.severity().atLeast(failOn)) {
                        out.println(TextReporter.line(v, color));
                    }
                }
            } else {
                format.write(result, context.withColor(color && format.format().equals("text")), out);
            }
        } catch (IOException e) {
            throw new CliFailure("cannot write the report: " + e.getMessage(), e);
        }
        out.flush();
        for (ReportTarget target : reports) {
            try {
                ReportFile.write(target.file(), target.reporter(), result, context.withColor(false));
            } catch (IOException e) {
                throw new CliFailure("cannot write the " + target.reporter().format() + " report to "
                        + target.file() + ": " + e, e);
            }
        }
        boolean tooManyWarnings = maxWarnings != null && result.warningCount() > maxWarnings;
        if (tooManyWarnings) {
            err.println("spec-lint: " + result.warningCount() + " warnings, more than --max-warnings " + maxWarnings);
        }
        return result.countAtLeast(failOn) > 0 || tooManyWarnings ? SpecLintCommand.VIOLATIONS : SpecLintCommand.CLEAN;
    }

    /** Parses {@code error} or {@code warning}. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
