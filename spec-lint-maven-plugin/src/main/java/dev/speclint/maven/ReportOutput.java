package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.ReportFile;
import dev.speclint.core.report.Reporter;
import dev.speclint.core.report.Reporters;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report file of a run ({@code outputFile}, {@code outputFileFormat}): any format registered in
 * {@link Reporters}, looked up by name.
 */
final class ReportOutput {

    private final Reporter reporter;
    private final Path path;

    private ReportOutput(Reporter reporter, Path path) {
        this.reporter = reporter;
        this.path = path;
    }

    /**
     * @param format the {@code outputFileFormat}
     * @param outputFile the {@code outputFile}, or null for {@code spec-lint-result.<ext>} in {@code buildDir}
     * @throws MojoExecutionException when no reporter has that format, naming the ones there are
     */
    static ReportOutput of(String format, Path outputFile, Path buildDir) throws MojoExecutionException {
        String name = format == null ? "" : format.strip();
        Reporter reporter = Reporters.forFormat(name).orElseThrow(() -> new MojoExecutionException(
                "spec-lint: unknown outputFileFormat '" + format + "': use one of "
                        + String.join(", ", Reporters.formats())));
        Path path = outputFile != null ? outputFile : buildDir.resolve(defaultName(reporter));
        return new ReportOutput(reporter, path.toAbsolutePath().normalize());
    }

    /** {@code spec-lint-result.json}, {@code spec-lint-result.xml} and so on. */
    private static String defaultName(Reporter reporter) {
        return "spec-lint-result." + reporter.fileExtension();
    }

    Path path() {
        return path;
    }

    /** Writes the report atomically (core's {@link ReportFile}), paths relative to the linter's base directory. */
    void write(LintResult result, SpecLinter linter) throws MojoExecutionException {
        try {
            ReportFile.write(path, reporter, result, ReportContext.of(linter, false));
        } catch (IOException e) {
            throw new MojoExecutionException("spec-lint: cannot write the report " + path + ": " + e.getMessage(), e);
        }
    }
}
