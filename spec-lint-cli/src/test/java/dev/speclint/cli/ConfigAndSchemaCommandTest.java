package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --config}, {@code schema} and {@code profiles} through the command line. */
class ConfigAndSchemaCommandTest {

    record Run(int exitCode, String out, String err) {
        /** The output without whitespace, to find JSON fragments whatever the pretty printing. */
        String compactOut() {
            return out.replaceAll("\\s+", "");
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpecLintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    static final String TEMPLATE = """
            # [Title]

            **Status:** Draft/Approved
            **Owner:** [Name]

            ## Summary

            [One paragraph]

            ## Risks (Optional)

            | Risk | Impact |
            |------|--------|
            | [Risk] | High/Medium/Low |

            ## Checks

            - [ ] Security reviewed

            ### Workflow 1: [Name]

            1. User action
            """;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("conf/templates"));
        Files.writeString(dir.resolve("conf/templates/spec.md"), TEMPLATE);
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/ok.md"), """
                # Payments

                **Status:** Draft
                **Owner:** Ana

                ## Summary

                Retries failed payments.

                ## Checks

                - [ ] Security reviewed

                ### Workflow 1: Retry

                Steps.
                """);
        Files.writeString(dir.resolve("docs/missing.md"), """
                # Refunds

                **Status:** Draft
                **Owner:** Bo

                ## Checks

                - [ ] Security reviewed

                ### Workflow 1: Refund

                Steps (fill me in).
                """);
    }

    private Path config(String yaml) throws IOException {
        Path file = dir.resolve("conf/spec-lint.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void configProfileResolvesAgainstTheConfigsDirectory() throws IOException {
        Path config = config("profile: templates/spec.md\n");

        Run run = run("lint", "--config", config.toString(), dir.resolve("docs").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.VIOLATIONS);
        assertThat(run.out()).contains("missing.md:").contains("missing section 'Summary'")
                .doesNotContain("ok.md:");
    }

    @Test
    void configRulesAndPatternsApply() throws IOException {
        Path config = config("""
                profile: templates/spec.md
                rules:
                  required-section: warning
                placeholderPatterns: ['\\(fill me in\\)']
                """);

        Run run = run("lint", "--config", config.toString(), dir.resolve("docs").toString());

        assertThat(run.out()).contains("warning: missing section 'Summary'")
                .contains("unfilled placeholder '(fill me in)'");
    }

    @Test
    void rulesSetOffDoNotRun() throws IOException {
        Path config = config("""
                profile: templates/spec.md
                rules: {required-section: off}
                """);

        Run run = run("lint", "--config", config.toString(), dir.resolve("docs").toString());

        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.CLEAN);
        assertThat(run.out()).doesNotContain("[required-section]");
    }

    @Test
    void badConfigExitsTwoWithFileLineAndProblem() throws IOException {
        Path config = config("""
                profile: templates/spec.md
                rule:
                  required-section: off
                """);

        Run run = run("lint", "--config", config.toString(), dir.resolve("docs").toString());

        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.FAILURE);
        assertThat(run.err()).contains(config + ":2: unknown key 'rule' (did you mean 'rules'?)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownRuleIdExitsTwoWithItsLine() throws IOException {
        Path config = config("""
                profile: templates/spec.md
                rules:
                  required-sections: off
                """);

        Run run = run("lint", "--config", config.toString(), dir.resolve("docs").toString());

        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.FAILURE);
        assertThat(run.err()).contains(config + ":3: unknown rule 'required-sections' (did you mean "
                + "'required-section'?)");
    }

    @Test
    void missingConfigFileExitsTwo() {
        Run run = run("lint", "--config", dir.resolve("nope.yaml").toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.FAILURE);
        assertThat(run.err()).contains("nope.yaml: no such config file");
    }

    @Test
    void templateOptionOverridesTheConfigsProfiles() throws IOException {
        Path config = config("""
                profile: technical-spec
                profiles: [{files: ["**"], profile: technical-spec}]
                """);

        Run run = run("lint", "--config", config.toString(), "--template",
                dir.resolve("conf/templates/spec.md").toString(), dir.resolve("docs").toString());

        assertThat(run.out()).contains("missing section 'Summary'").doesNotContain("Executive Summary");
    }

    @Test
    void schemaPrintsWhatTheTemplateTaught() {
        Run run = run("schema", "--no-config", dir.resolve("conf/templates/spec.md").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SpecLintCommand.CLEAN);
        String json = run.compactOut();
        assertThat(json).contains("\"title\":\"[Title]\"", "\"pattern\":true")
                .contains("\"title\":\"Summary\",\"key\":\"summary\",\"required\":true,\"pattern\":false")
                .contains("\"title\":\"Risks(Optional)\",\"key\":\"risks\",\"required\":false,"
                        + "\"optionalBecause\":\"line10:(Optional)inthetitle\"")
                .contains("{\"name\":\"Status\",\"templateValue\":\"Draft/Approved\",\"allowedValues\":"
                        + "[\"Draft\",\"Approved\"],\"mustReplace\":false,\"origin\":\"header\",\"line\":3,"
                        + "\"required\":true}")
                .contains("\"shapes\":[{\"shape\":\"[Name]\",\"where\":[\"body\",\"header\"],\"line\":4")
                .contains("\"items\":[\"Securityreviewed\"]")
                .contains("{\"name\":\"Impact\",\"choices\":[\"High\",\"Medium\",\"Low\"]}")
                .contains("\"lines\":[")
                .contains("\"status\":{\"field\":\"Status\",\"final\":[\"Approved\"]");
    }

    @Test
    void schemaAppliesTheConfigsPlaceholderPatterns() throws IOException {
        config("""
                profile: templates/spec.md
                placeholderPatterns: [TBD]
                finalStatuses: [Approved, Done]
                """);

        Run run = run("schema", "--config", dir.resolve("conf/spec-lint.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SpecLintCommand.CLEAN);
        assertThat(run.compactOut()).contains("\"patterns\":[\"TBD\"]").contains("\"final\":[\"Approved\","
                + "\"Done\"]").contains("\"template\":\"templates/spec.md\"");
    }

    @Test
    void schemaSpecsCountsHowOftenTheSpecsHaveEachSection() throws IOException {
        config("""
                profile: templates/spec.md
                requiredSince: {Checks: 2025-01-01}
                """);
        Path specs = Files.createDirectories(dir.resolve("specs"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(specs.resolve("000" + i + "-s.md"), "# S" + i + "\n\n**Status:** Draft\n\n## Summary\n\n"
                    + "Text.\n" + (i == 1 ? "\n## Checks\n\n- [ ] Security reviewed\n" : ""));
        }

        Run run = run("schema", "--config", dir.resolve("conf/spec-lint.yaml").toString(), "--specs",
                specs.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SpecLintCommand.CLEAN);
        String json = run.compactOut();
        assertThat(json).contains("\"requiredSince\":\"2025-01-01\"")
                .contains("\"usage\":{\"specs\":5,")
                .contains("{\"title\":\"Summary\",\"line\":6,\"required\":true,\"found\":5,\"share\":1.0}")
                .contains("{\"title\":\"Checks\",\"line\":16,\"required\":true,\"found\":1,\"share\":0.2}")
                .contains("{\"title\":\"Owner\",\"line\":4,\"required\":true,\"found\":0,\"share\":0.0}")
                .contains("\"oftenLeftOut\":[\"Checks\"");
    }

    @Test
    void schemaOfABuiltInProfile() {
        Run run = run("schema", "--no-config", "technical-spec");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(SpecLintCommand.CLEAN);
        assertThat(run.compactOut()).contains("\"template\":\"technical-spec\"").contains("\"name\":\"SpecID\"");
    }

    @Test
    void schemaOfAnUnknownProfileExitsTwo() {
        Run run = run("schema", "--no-config", "technical-spek");

        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.FAILURE);
        assertThat(run.err()).contains("profile 'technical-spek' (did you mean 'technical-spec'?)");
    }

    @Test
    void profilesListsTheBuiltIns() {
        Run run = run("profiles");

        assertThat(run.exitCode()).isEqualTo(SpecLintCommand.CLEAN);
        assertThat(run.out()).startsWith("technical-spec  ");
    }
}
