package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.engine.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportFile} writes atomically: a report that fails half-way leaves the previous report whole and no debris. */
class ReportFileTest {

    @Test
    void aFailedWriteKeepsThePreviousReportAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec-lint.json");
        Files.writeString(file, "previous report\n");
        Reporter failing = new Reporter() {
            @Override
            public String format() {
                return "failing";
            }

            @Override
            public void write(LintResult result, ReportContext context, java.io.Writer out) throws IOException {
                out.write("{\"partial\": ");
                out.flush();
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> ReportFile.write(file, failing, SampleResults.handBuilt(), SampleResults.context()))
                .isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("previous report\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aReportReplacesThePreviousOneWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec-lint.json");
        Files.writeString(file, "x".repeat(100_000));
        LintResult result = SampleResults.handBuilt();
        ReportFile.write(file, Reporters.forFormat("json").orElseThrow(), result, SampleResults.context());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{").doesNotContain("xxx");
    }
}
