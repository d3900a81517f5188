package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.report.Reporters;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportOutputTest {

    private static final Path BUILD = Path.of("/p/target").toAbsolutePath();

    @Test
    void everyRegisteredFormatIsAccepted() throws Exception {
        for (String format : Reporters.formats()) {
            assertThat(ReportOutput.of(format, null, BUILD).path().getFileName().toString())
                    .startsWith("spec-lint-result.");
        }
    }

    @Test
    void defaultFileNameFollowsTheFormat() throws Exception {
        assertThat(ReportOutput.of("json", null, BUILD).path()).isEqualTo(BUILD.resolve("spec-lint-result.json"));
        assertThat(ReportOutput.of("sarif", null, BUILD).path()).isEqualTo(BUILD.resolve("spec-lint-result.sarif"));
        assertThat(ReportOutput.of("checkstyle", null, BUILD).path()).isEqualTo(BUILD.resolve("spec-lint-result.xml"));
        assertThat(ReportOutput.of("text", null, BUILD).path()).isEqualTo(BUILD.resolve("spec-lint-result.txt"));
        assertThat(ReportOutput.of("junit", null, BUILD).path()).isEqualTo(BUILD.resolve("spec-lint-result.xml"));
        assertThat(ReportOutput.of("github", null, BUILD).path()).isEqualTo(BUILD.resolve("spec-lint-result.txt"));
    }

    @Test
    void aGivenFileWins() throws Exception {
        Path file = Path.of("/p/out/lint.sarif").toAbsolutePath();

        assertThat(ReportOutput.of(" sarif ", file, BUILD).path()).isEqualTo(file);
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ReportOutput.of("pdf", null, BUILD)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("spec-lint: unknown outputFileFormat 'pdf': use one of "
                        + String.join(", ", Reporters.formats()));
    }
}
