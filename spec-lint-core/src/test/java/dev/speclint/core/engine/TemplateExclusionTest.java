package dev.speclint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config's own template files are the schema, not specs: a walk never lints them. */
class TemplateExclusionTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateFoundByWalkingIsLeftOutButOneNamedIsLinted() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("docs/templates"));
        Path template = Files.writeString(templates.resolve("adr.md"), "# [Title]\n\n## Context\n\n[Why]\n");
        Path adr = Files.writeString(dir.resolve("docs/0001-use-postgres.md"), "# Use PostgreSQL\n\n## Context\n\nDB.\n");
        SpecLinter linter = SpecLinter.builder().baseDir(dir)
                .config(LintConfig.defaults().withOnlyProfile(template.toString())).threads(1).build();

        assertThat(linter.lint(List.of(dir.resolve("docs"))).files()).containsExactly("docs/0001-use-postgres.md");
        assertThat(linter.lint(List.of(dir.resolve("docs"), template)).files())
                .containsExactly("docs/0001-use-postgres.md", "docs/templates/adr.md");
        assertThat(adr).exists();
    }
}
