package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init}, {@code new} and {@code template}: what a new user runs first. */
class FirstFiveMinutesTest {

    @TempDir
    Path dir;

    @Test
    void templatePrintsABuiltInTemplate() {
        Cli r = Cli.run("template");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# Technical Specification Template\n").contains("**Spec ID:** SPEC-[EPIC-XXX]");
        Cli unknown = Cli.run("template", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no built-in profile 'nope': use one of ", "technical-spec");
    }

    @Test
    void initWritesACommentedConfigThatLoadsAndRefusesToOverwrite() throws Exception {
        Cli r = Cli.run("init", "--dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path config = dir.resolve("spec-lint.yaml");
        String text = Files.readString(config);
        assertThat(text).contains("# The template your specs are written from", "profile: technical-spec",
                "# rules:");
        LintConfig loaded = ConfigLoader.load(config);
        assertThat(loaded.profile()).isEqualTo("technical-spec");

        Files.writeString(config, "mine\n");
        Cli again = Cli.run("init", "--dir", dir.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("spec-lint.yaml already exists; spec-lint init never overwrites a file");
        assertThat(Files.readString(config)).isEqualTo("mine\n");
    }

    @Test
    void initWithATemplateCopiesItAndTheConfigPointsAtTheCopyWhichIsNeverLinted() throws Exception {
        Cli r = Cli.run("init", "--dir", dir.toString(), "--template", "technical-spec");
        assertThat(r.code()).as(r.err()).isZero();
        Path copy = dir.resolve("docs/templates/technical-spec.md");
        assertThat(Files.readString(copy)).isEqualTo(Cli.run("template").out());
        Path config = dir.resolve("spec-lint.yaml");
        assertThat(ConfigLoader.load(config).profile()).isEqualTo("docs/templates/technical-spec.md");

        // the template sits under docs/, which is linted: it is the schema, not a spec
        Cli lint = Cli.run("lint", "--config", config.toString(), "--allow-empty", dir.resolve("docs").toString());
        assertThat(lint.out()).startsWith("0 files, 0 errors");

        // a second init with a template writes nothing when the template copy exists
        Files.delete(config);
        Cli again = Cli.run("init", "--dir", dir.toString(), "--template", "technical-spec");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("technical-spec.md already exists");
        assertThat(config).doesNotExist();
    }

    @Test
    void initCopiesATemplateFile() throws Exception {
        Path template = Files.writeString(dir.resolve("adr-template.md"), "# [Title]\n\n## Context\n\n[Why]\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Cli r = Cli.run("init", "--dir", project.toString(), "--template", template.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(project.resolve("docs/templates/adr-template.md"))).startsWith("# [Title]");
        assertThat(ConfigLoader.load(project.resolve("spec-lint.yaml")).profile())
                .isEqualTo("docs/templates/adr-template.md");
    }

    @Test
    void newScaffoldsASpecAsTheMavenGoalDoes() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("docs/specs"));
        Files.writeString(specs.resolve("SPEC-PAY-4-old.md"), "# Old\n\n**Spec ID:** SPEC-PAY-4\n");
        Cli r = Cli.run("new", "--no-config", "--dir", specs.toString(), "--key", "pay", "--title", "Payment  retries",
                "--author", "Ada Lovelace");
        assertThat(r.code()).as(r.err()).isZero();
        Path created = specs.resolve("SPEC-PAY-5-payment-retries.md");
        assertThat(r.out()).contains("spec-lint: created " + created + " (SPEC-PAY-5)");
        assertThat(Files.readAllLines(created)).startsWith("# Payment retries").contains("**Spec ID:** SPEC-PAY-5  ",
                "**Title:** Payment retries  ", "**Author:** Ada Lovelace  ", "**Status:** Draft  ",
                "**Created:** " + LocalDate.now() + "  ", "**Version:** 1.0  ");

        Cli same = Cli.run("new", "--no-config", "--dir", specs.toString(), "--key", "pay", "--title", "Payment retries");
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("already has the title 'Payment retries'");
    }

    @Test
    void newTakesTheConfigsTemplate() throws Exception {
        Path template = Files.writeString(dir.resolve("adr.md"), "# [Title]\n\n**Status:** Proposed/Accepted\n\n"
                + "## Context\n\n[Why]\n");
        Path config = Files.writeString(dir.resolve("spec-lint.yaml"), "profile: adr.md\n");
        Cli r = Cli.run("new", "--config", config.toString(), "--dir", dir.resolve("adr").toString(), "--key", "adr",
                "--title", "Use PostgreSQL");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("adr/SPEC-ADR-1-use-postgresql.md")))
                .isEqualTo("# Use PostgreSQL\n\n**Status:** Proposed\n\n## Context\n\n[Why]\n");
        assertThat(template).exists();
    }
}
