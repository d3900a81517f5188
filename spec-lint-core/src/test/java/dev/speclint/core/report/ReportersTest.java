package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every format promises: registered by name, same bytes for the same result. */
class ReportersTest {

    static List<String> formats() {
        return Reporters.formats();
    }

    static String render(String format, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        Reporters.forFormat(format).orElseThrow().write(result, SampleResults.context(), out);
        return out.toString();
    }

    @Test
    void everyFormatIsRegistered() {
        assertThat(Reporters.formats()).containsExactly("text", "json", "sarif", "checkstyle", "junit", "github", "html");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theSameResultGivesTheSameBytes(String format) throws Exception {
        LintResult result = SampleResults.handBuilt();
        assertThat(render(format, result)).isEqualTo(render(format, result));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void runsWithOneThreadOrFourGiveTheSameReport(String format) throws Exception {
        String one = render(format, SampleResults.realRun(1));
        String four = render(format, SampleResults.realRun(4));
        if (format.equals("text")) {
            // the summary line holds the run's time: compare the rest
            one = one.substring(0, one.lastIndexOf(" ("));
            four = four.substring(0, four.lastIndexOf(" ("));
        }
        assertThat(four).isEqualTo(one).isNotBlank();
    }

    @Test
    void aReportFileIsWrittenWholeCreatingItsDirectories(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("build/reports/spec-lint.sarif");
        LintResult result = SampleResults.handBuilt();
        Reporter sarif = Reporters.forFormat("sarif").orElseThrow();

        ReportFile.write(file, sarif, result, SampleResults.context());
        ReportFile.write(file, sarif, result, SampleResults.context());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render("sarif", result));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
