package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocatorTest {

    @TempDir
    Path base;

    private ConfigLocator locator() {
        return new ConfigLocator(base, base, getClass().getClassLoader());
    }

    @Test
    void noLocationAndNoFileMeansDefaults() throws Exception {
        assertThat(locator().locate(null)).isEmpty();
        assertThat(locator().locate("  ")).isEmpty();
    }

    @Test
    void theProjectsOwnSpecLintYamlIsUsedByDefault() throws Exception {
        Files.writeString(base.resolve("spec-lint.yaml"), "profile: technical-spec\n");

        ConfigLocation source = locator().locate(null).orElseThrow();

        assertThat(source.file()).contains(base.resolve("spec-lint.yaml").toAbsolutePath().normalize());
        assertThat(text(source)).isEqualTo("profile: technical-spec\n");
    }

    @Test
    void aModuleUsesTheNearestConfigUpToTheExecutionRoot() throws Exception {
        Path root = base.resolve("build-root");
        Path module = Files.createDirectories(root.resolve("services/payments"));
        Files.writeString(base.resolve("spec-lint.yaml"), "outside the build\n");
        ConfigLocator fromModule = new ConfigLocator(module, root, getClass().getClassLoader());

        assertThat(fromModule.locate(null)).isEmpty();

        Files.writeString(root.resolve(".spec-lint.yaml"), "root\n");
        assertThat(text(fromModule.locate(null).orElseThrow())).isEqualTo("root\n");

        Files.writeString(root.resolve("services/spec-lint.yaml"), "services\n");
        assertThat(text(fromModule.locate(null).orElseThrow())).isEqualTo("services\n");
    }

    @Test
    void aModuleOutsideTheExecutionRootLooksOnlyInItself() throws Exception {
        Path module = Files.createDirectories(base.resolve("elsewhere/module"));
        Files.writeString(base.resolve("elsewhere/spec-lint.yaml"), "parent\n");

        assertThat(new ConfigLocator(module, base.resolve("root"), getClass().getClassLoader()).locate(null)).isEmpty();
    }

    @Test
    void aRelativeFileResolvesAgainstTheBaseDirectory() throws Exception {
        Files.createDirectories(base.resolve("config"));
        Files.writeString(base.resolve("config/lint.yaml"), "x: 1\n");

        ConfigLocation source = locator().locate("config/lint.yaml").orElseThrow();

        assertThat(source.name()).isEqualTo(base.resolve("config/lint.yaml").toAbsolutePath().normalize().toString());
    }

    @Test
    void aResourceOfThePluginsClassLoader() throws Exception {
        for (String location : new String[] {"dev/speclint/it/shared-spec-lint.yaml",
                "/dev/speclint/it/shared-spec-lint.yaml", "classpath:dev/speclint/it/shared-spec-lint.yaml"}) {
            ConfigLocation source = locator().locate(location).orElseThrow();

            assertThat(source.name()).isEqualTo("classpath:dev/speclint/it/shared-spec-lint.yaml");
            assertThat(source.file()).isEmpty();
            assertThat(text(source)).isEqualTo("profile: technical-spec\n");
        }
    }

    @Test
    void aFileWinsOverAResourceOfTheSameName() throws IOException, MojoExecutionException {
        Path local = base.resolve("dev/speclint/it/shared-spec-lint.yaml");
        Files.createDirectories(local.getParent());
        Files.writeString(local, "local: true\n");

        assertThat(text(locator().locate("dev/speclint/it/shared-spec-lint.yaml").orElseThrow()))
                .isEqualTo("local: true\n");
    }

    @Test
    void nothingFoundNamesBothPlacesLooked() {
        assertThatThrownBy(() -> locator().locate("config/missing.yaml"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("spec-lint: configLocation 'config/missing.yaml' is neither a file ("
                        + base.resolve("config/missing.yaml") + " does not exist) nor a resource on the plugin's "
                        + "classpath; give a path relative to " + base + ", or add the jar holding the resource "
                        + "under the plugin's <dependencies>");
    }

    private static String text(ConfigLocation location) throws IOException {
        return new String(location.read(), StandardCharsets.UTF_8);
    }
}
