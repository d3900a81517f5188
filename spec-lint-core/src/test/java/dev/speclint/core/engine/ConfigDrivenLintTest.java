package dev.speclint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config file's profiles, status severities and rule ids, through the engine. */
class ConfigDrivenLintTest {

    /** Reports, once per document, the name of the template it was checked against. */
    static final class SchemaProbe implements Rule {
        static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("schema-probe", "names the schema", Severity.ERROR);

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(SpecDocument document, RuleContext context) {
            context.report(1, 1, context.schema().name());
        }
    }

    @TempDir
    Path dir;

    @BeforeEach
    void templates() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/spec.md"), "# Spec\n\n## Summary\n\n[Summary]\n");
        Files.writeString(dir.resolve("templates/adr.md"), "# ADR\n\n## Context\n\n{context}\n");
    }

    private LintConfig config(String yaml) throws IOException, ConfigException {
        Path file = dir.resolve("spec-lint.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file);
    }

    private SpecLinter linter(LintConfig config) throws ConfigException {
        // the base directory is elsewhere: paths in the config resolve against the config's directory
        return SpecLinter.builder().config(config).rules(RuleRegistry.of(List.of(new SchemaProbe()), List.of()))
                .baseDir(dir.resolve("templates")).threads(1).build();
    }

    private Path write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void eachFileGetsTheProfileOfTheFirstMatchingEntry() throws Exception {
        LintConfig config = config("""
                profile: templates/spec.md
                profiles:
                  - files: ["decisions/**", "adr/*.md"]
                    profile: templates/adr.md
                  - files: "adr/**"
                    profile: templates/spec.md
                """);
        Path spec = write("docs/one.md", "# One\n");
        Path adr = write("adr/0001-x.md", "# X\n");
        Path nested = write("decisions/sub/0002-y.md", "# Y\n");
        Path deepAdr = write("adr/old/0003-z.md", "# Z\n");

        LintResult result = linter(config).lint(List.of(spec, adr, nested, deepAdr));

        assertThat(result.violations()).extracting(Violation::file, Violation::message).containsExactlyInAnyOrder(
                tuple(spec.toString(), "templates/spec.md"),
                tuple(adr.toString(), "templates/adr.md"),
                tuple(nested.toString(), "templates/adr.md"),
                tuple(deepAdr.toString(), "templates/spec.md"));
    }

    @Test
    void lintTextPicksTheProfileByName() throws Exception {
        LintConfig config = config("""
                profile: templates/spec.md
                profiles: [{files: ["adr/**"], profile: templates/adr.md}]
                """);
        SpecLinter linter = linter(config);

        assertThat(linter.lintText("adr/1.md", "# A\n").violations()).extracting(Violation::message)
                .containsExactly("templates/adr.md");
        assertThat(linter.lintText("docs/1.md", "# A\n").violations()).extracting(Violation::message)
                .containsExactly("templates/spec.md");
    }

    @Test
    void severityFollowsTheDocumentsStatus() throws Exception {
        LintConfig config = config("""
                profile: templates/spec.md
                rules:
                  schema-probe: warning
                severityByStatus:
                  Draft:
                    schema-probe: warning
                  Approved:
                    schema-probe: error
                """);
        SpecLinter linter = linter(config);

        assertThat(severity(linter, "**Status:** Draft")).isEqualTo(Severity.WARNING);
        assertThat(severity(linter, "**Status:** **Approved** (2026-01-02)")).isEqualTo(Severity.ERROR);
        assertThat(severity(linter, "**Status:** approved")).isEqualTo(Severity.ERROR);
        assertThat(severity(linter, "**Status:** Drafted")).isEqualTo(Severity.WARNING);
        assertThat(severity(linter, "**Owner:** someone")).isEqualTo(Severity.WARNING);
    }

    @Test
    void statusSeverityWinsOverTheRulesDefault() throws Exception {
        LintConfig config = config("""
                profile: templates/spec.md
                severityByStatus: {Draft: {schema-probe: warning}}
                """);
        SpecLinter linter = linter(config);

        assertThat(severity(linter, "**Status:** Draft")).isEqualTo(Severity.WARNING);
        assertThat(severity(linter, "**Status:** In Review")).isEqualTo(Severity.ERROR);
    }

    private static Severity severity(SpecLinter linter, String metadataLine) {
        List<Violation> found = linter.lintText("s.md", "# S\n\n" + metadataLine + "\n\n## Summary\n\nText.\n")
                .violations();
        assertThat(found).hasSize(1);
        return found.get(0).severity();
    }

    @Test
    void unknownRuleIdNamesTheFileLineAndNearestRule() throws Exception {
        LintConfig config = config("""
                profile: templates/spec.md
                rules:
                  schema-probe: warning
                severityByStatus:
                  Draft:
                    schema-prob: warning
                """);

        assertThatThrownBy(() -> linter(config)).isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("spec-lint.yaml") + ":6: unknown rule 'schema-prob' (did you mean "
                        + "'schema-probe'?); 'spec-lint rules' lists every rule");
    }

    @Test
    void missingTemplateNamesTheConfigLine() throws Exception {
        LintConfig config = config("""
                profile: templates/spec.md
                profiles:
                  - files: ["adr/**"]
                    profile: templates/adr-template.md
                """);

        assertThatThrownBy(() -> linter(config)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("spec-lint.yaml") + ":4: profile 'templates/adr-template.md'")
                .hasMessageContaining(dir.resolve("templates/adr-template.md") + " does not exist");
    }

    @Test
    void withoutAConfigFileTemplatesResolveAgainstTheBaseDirectory() throws Exception {
        LintConfig config = LintConfig.defaults().withProfile("spec.md");

        assertThat(linter(config).lintText("a.md", "# A\n").violations()).extracting(Violation::message)
                .containsExactly("spec.md");
    }
}
