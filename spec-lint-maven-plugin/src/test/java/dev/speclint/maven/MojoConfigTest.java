package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojoConfigTest {

    @TempDir
    Path base;

    private Optional<ConfigLocation> locate(String location) throws MojoExecutionException {
        return new ConfigLocator(base, base, getClass().getClassLoader()).locate(location);
    }

    @Test
    void noConfigMeansDefaults() throws Exception {
        assertThat(new MojoConfig(base).load(Optional.empty())).isEqualTo(LintConfig.defaults());
    }

    @Test
    void aConfigFileIsLoaded() throws Exception {
        Files.writeString(base.resolve("spec-lint.yaml"), "profile: templates/rfc.md\nrules:\n  required-section: warning\n");

        LintConfig config = new MojoConfig(base).load(locate(null));

        assertThat(config.profile()).isEqualTo("templates/rfc.md");
        assertThat(config.rule("required-section").severity()).contains(Severity.WARNING);
        assertThat(config.source().directory()).contains(base.toAbsolutePath().normalize());
    }

    @Test
    void aBrokenConfigFileIsNamedWithItsLine() throws Exception {
        Path file = base.resolve("spec-lint.yaml");
        Files.writeString(file, "profile: technical-spec\nrules:\n  required-section: [unclosed\n");

        assertThatThrownBy(() -> new MojoConfig(base).load(locate(null)))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("spec-lint: " + file.toAbsolutePath().normalize() + ":")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aClasspathConfigReadsAsIfInTheModuleAndIsNamedByResource() throws Exception {
        LintConfig config = new MojoConfig(base).load(locate("classpath:dev/speclint/it/rfc-spec-lint.yaml"));

        assertThat(config.profile()).isEqualTo("templates/rfc.md");
        // relative template paths resolve against the module
        assertThat(config.source().directory()).contains(base.toAbsolutePath().normalize());
    }

    @Test
    void aBrokenClasspathConfigIsNamedByResource() {
        assertThatThrownBy(() -> new MojoConfig(base).load(locate("dev/speclint/it/broken-spec-lint.yaml")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("spec-lint: classpath:dev/speclint/it/broken-spec-lint.yaml:")
                .hasMessageNotContaining(base.toString());
    }
}
