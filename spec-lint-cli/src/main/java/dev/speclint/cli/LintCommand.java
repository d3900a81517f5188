package dev.speclint.cli;

import dev.speclint.core.SpecLintVersion;
import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.Reporter;
import dev.speclint.core.report.Reporters;
import dev.speclint.core.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spec-lint lint [paths...]}: lints files and directories. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lints Markdown files, and the *.md files under directories.")
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = Formats.class)
    String format;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Files linted at once (default: processors)")
    Integer threads;

    @Option(names = "--no-color", description = "Never colour the text output")
    boolean noColor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = Reporters.forFormat(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format '" + format + "': use one of " + Reporters.formats()));
        SpecLinter linter = build(configOptions.load());
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        boolean missing = false;
        for (Path p : targets) {
            if (!Files.exists(p)) {
                err.println("spec-lint: " + p + ": no such file or directory");
                missing = true;
            }
        }
        List<Path> existing = targets.stream().filter(Files::exists).toList();
        LintResult result = linter.lint(existing);
        boolean color = !noColor && format.equals("text") && System.console() != null && System.getenv("NO_COLOR") == null;
        try {
            reporter.write(result, new ReportContext(linter.registry(), SpecLintVersion.get(),
                    ReportContext.DEFAULT_DOCS_BASE, color), out);
        } catch (IOException e) {
            throw new CliFailure("cannot write the report: " + e.getMessage(), e);
        }
        out.flush();
        if (missing) {
            return SpecLintCommand.FAILURE;
        }
        return result.countAtLeast(Severity.ERROR) > 0 ? SpecLintCommand.VIOLATIONS : SpecLintCommand.CLEAN;
    }

    private SpecLinter build(LintConfig config) {
        try {
            SpecLinter.Builder b = SpecLinter.builder().config(config);
            if (threads != null) {
                b.threads(threads);
            }
            return b.build();
        } catch (ConfigException e) {
            throw new CliFailure(e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** Completion candidates of {@code --format}. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Reporters.formats());
        }
    }
}
