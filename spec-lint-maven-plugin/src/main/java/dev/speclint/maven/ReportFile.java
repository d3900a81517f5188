package dev.speclint.maven;

import dev.speclint.core.SpecLintVersion;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.Reporter;
import dev.speclint.core.report.Reporters;
import dev.speclint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report file of a run ({@code outputFile}, {@code outputFileFormat}): any format registered in
 * {@link Reporters}, looked up by name, written atomically.
 */
final class ReportFile {

    /** File name extensions of the formats that have a usual one; any other format gets {@code .txt}. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            "json", "json", "sarif", "sarif", "checkstyle", "xml", "junit", "xml");

    private final Reporter reporter;
    private final Path path;

    private ReportFile(Reporter reporter, Path path) {
        this.reporter = reporter;
        this.path = path;
    }

    /**
     * @param format the {@code outputFileFormat}
     * @param outputFile the {@code outputFile}, or null for {@code spec-lint-result.<ext>} in {@code buildDir}
     * @throws MojoExecutionException when no reporter has that format, naming the ones there are
     */
    static ReportFile of(String format, Path outputFile, Path buildDir) throws MojoExecutionException {
        String name = format == null ? "" : format.strip();
        Reporter reporter = Reporters.forFormat(name).orElseThrow(() -> new MojoExecutionException(
                "spec-lint: unknown outputFileFormat '" + format + "': use one of "
                        + String.join(", ", Reporters.formats())));
        Path path = outputFile != null ? outputFile : buildDir.resolve(defaultName(name));
        return new ReportFile(reporter, path.toAbsolutePath().normalize());
    }

    /** {@code spec-lint-result.json}, {@code spec-lint-result.xml} and so on. */
    static String defaultName(String format) {
        return "spec-lint-result." + EXTENSIONS.getOrDefault(format, "txt");
    }

    Path path() {
        return path;
    }

    void write(LintResult result, RuleRegistry registry) throws MojoExecutionException {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, new ReportContext(registry, SpecLintVersion.get(), ReportContext.DEFAULT_DOCS_BASE,
                    false), out);
            AtomicFiles.writeReplacing(path, out.toString());
        } catch (IOException e) {
            throw new MojoExecutionException("spec-lint: cannot write the report " + path + ": " + e.getMessage(), e);
        }
    }
}
