package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process. */
class CliTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final Path SEED_TEMPLATE = Path.of("../rules/src/main/resources/dev/speclint/rules/profiles/technical-spec.md");
    private static final Pattern TEXT_LINE = Pattern.compile("[^:]+\\.md:\\d+:\\d+: (error|warning): .+ \\[[a-z0-9-]+\\]");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpecLintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aRunOfOneCommandBuildsOnlyThatCommandAndEveryOtherRunBuildsAll() {
        assertThat(SpecLintCommand.commandLine(new String[] {"lint", "docs"}).getSubcommands()).containsOnlyKeys("lint");
        assertThat(SpecLintCommand.commandLine(new String[] {"explain", "x"}).getSubcommands())
                .containsOnlyKeys("explain");
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "lint"}, {"lnt"}, {"--version"}}) {
            assertThat(SpecLintCommand.commandLine(args).getSubcommands().keySet())
                    .containsExactlyElementsOf(SpecLintCommand.SUBCOMMANDS.keySet());
        }
        assertThat(SpecLintCommand.SUBCOMMANDS.keySet()).startsWith("lint", "fix", "baseline").endsWith("lsp", "help");
        // the names are the commands' own
        SpecLintCommand.SUBCOMMANDS.forEach((name, command) ->
                assertThat(new picocli.CommandLine(command).getCommandName()).isEqualTo(name));
        assertThat(run("lnt").err()).contains("Did you mean lint");
    }

    @Test
    void lintingTheExamplesPrintsCompilerStyleLinesAndExitsOne() {
        Run r = run("lint", "--no-color", EXAMPLES.resolve("SPEC-NTF-7-notification-digest.md").toString(),
                EXAMPLES.resolve("SPEC-PAY-101-payment-retries.md").toString());
        assertThat(r.code()).isEqualTo(1);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines.length).isGreaterThan(1);
        for (int i = 0; i < lines.length - 1; i++) {
            assertThat(lines[i]).matches(TEXT_LINE);
        }
        assertThat(lines[lines.length - 1]).matches("2 files, \\d+ errors?, \\d+ warnings? \\(\\d+\\.\\d\\d s\\)");
        assertThat(r.out()).contains("SPEC-NTF-7-notification-digest.md:4:12: error: metadata field 'Title' still "
                + "holds the template's placeholder '[Feature/Component Name]'");
    }

    @Test
    void theCleanExampleExitsZero() {
        Run r = run("lint", EXAMPLES.resolve("SPEC-PAY-101-payment-retries.md").toString());
        assertThat(r.out()).startsWith("1 file, 0 errors, 0 warnings");
        assertThat(r.code()).isZero();
    }

    @Test
    void jsonOutputHasAViolationsArray() {
        Run r = run("lint", "--format", "json", EXAMPLES.resolve("SPEC-NTF-7-notification-digest.md").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"violations\" : [", "\"file\" : \"", "\"line\" : 4", "\"column\" : 12",
                "\"rule\" : \"unfilled-placeholder\"", "\"severity\" : \"error\"");
    }

    @Test
    void outlineListsTheSeedTemplatesSixteenH2Sections() {
        Run r = run("outline", SEED_TEMPLATE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"title\" : \"🎯 Goals & Non-Goals\"", "\"key\" : \"goals and non-goals\"",
                "\"line\" : 23");
        long h2 = r.out().lines().filter(l -> l.contains("\"level\" : 2")).count();
        assertThat(h2).isEqualTo(16);
        assertThat(r.out()).contains("\"checked\" : false");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("lint", "--format", "yaml", ".").code()).isEqualTo(2);
        assertThat(run("lint", "--bogus").code()).isEqualTo(2);
    }

    @Test
    void aMissingPathExitsTwoBeforeAnythingIsLinted() {
        Run r = run("lint", "does-not-exist.md", EXAMPLES.resolve("SPEC-PAY-101-payment-retries.md").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does-not-exist.md: no such file or directory");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTemplateThatDoesNotExistExitsTwoWithAClearMessage(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("a.md"), "# A\n");
        Run r = run("lint", "--template", dir.resolve("nope.md").toString(), spec.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.md does not exist");
    }

    @Test
    void aCustomTemplateIsTheSchema(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("adr-template.md"),
                "# [Title]\n\n## Context\n\n[Why]\n\n## Decision\n\n[What]\n\n## Consequences\n\n[So what]\n");
        Path adr = Files.writeString(dir.resolve("0001-use-postgres.md"),
                "# Use PostgreSQL\n\n## Context\n\nWe need a database.\n\n## Decision\n\n[What]\n");
        Run r = run("lint", "--no-color", "--template", template.toString(), adr.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(":9:1: error: unfilled placeholder '[What]'", "missing section 'Consequences'");
    }
}
