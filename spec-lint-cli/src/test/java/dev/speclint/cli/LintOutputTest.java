package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.report.Reporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code spec-lint lint}: formats, report files, failure thresholds, quiet. */
class LintOutputTest {

    @TempDir
    Path dir;

    Path template;
    Path clean;
    Path withError;
    Path withWarning;

    @BeforeEach
    void writeSpecs() throws Exception {
        template = Files.writeString(dir.resolve("template.md"), "# [Title]\n\n## Overview\n\n## Details\n");
        Path specs = Files.createDirectories(dir.resolve("specs"));
        clean = Files.writeString(specs.resolve("clean.md"), "# Clean\n\n## Overview\nText.\n\n## Details\nMore.\n");
        withError = Files.writeString(specs.resolve("error.md"),
                "# Error\n\n## Overview\n[Fill this in]\n\n## Details\nMore.\n");
        withWarning = Files.writeString(specs.resolve("warning.md"),
                "# Warning\n\n## Overview\n<!-- spec-lint-disable no-such-rule -->\nText.\n\n## Details\nMore.\n");
    }

    private Cli lint(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("lint", "--template", template.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    static List<String> formats() {
        return Reporters.formats();
    }

    @Test
    void textListsViolationsThenASummary() {
        Cli cli = lint(dir.resolve("specs").toString());

        assertThat(cli.code()).isEqualTo(1);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith("error.md:4:1: error: unfilled placeholder '[Fill this in]': "
                + "replace it with the real content, or delete the line [unfilled-placeholder]");
        assertThat(lines.get(1)).contains("warning.md:4:24: warning: unknown rule 'no-such-rule'");
        assertThat(lines.get(2)).matches("3 files, 1 error, 1 warning \\(\\d+\\.\\d\\d s\\)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyFormatCanBePrintedAndWrittenToAFileWithTheSameContent(String format) throws Exception {
        Path file = dir.resolve("reports/deeper/report." + format);

        Cli printed = lint("--format", format, withError.toString(), withWarning.toString());
        Cli written = lint("--format", "json", "--report", format + "=" + file, withError.toString(),
                withWarning.toString());

        assertThat(printed.code()).isEqualTo(1);
        assertThat(written.code()).isEqualTo(1);
        String report = Files.readString(file);
        if (format.equals("text")) {
            assertThat(report).doesNotContain("\u001B[");
            report = report.substring(0, report.lastIndexOf(" ("));
            assertThat(printed.out()).startsWith(report);
        } else {
            assertThat(report).isEqualTo(printed.out()).isNotBlank();
        }
        assertThat(written.out()).startsWith("{");
    }

    @Test
    void severalReportsAtOnce() throws Exception {
        Path sarif = dir.resolve("build/spec-lint.sarif");
        Path junit = dir.resolve("build/junit/spec-lint.xml");

        Cli cli = lint("--format", "text", "--report", "sarif=" + sarif, "--report", "junit=" + junit,
                clean.toString());

        assertThat(cli.code()).isZero();
        assertThat(cli.out()).startsWith("1 file, 0 errors, 0 warnings");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
        assertThat(Files.readString(junit)).contains("<testcase classname=\"spec-lint\"");
        try (var left = Files.list(sarif.getParent())) {
            assertThat(left).containsExactlyInAnyOrder(sarif, junit.getParent());
        }
    }

    @Test
    void unknownFormatsAndMalformedReportsAreUsageErrors() {
        Cli format = lint("--format", "xml", clean.toString());
        Cli report = lint("--report", "sarif", clean.toString());
        Cli reportFormat = lint("--report", "pdf=out.pdf", clean.toString());

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'xml': use one of text, json, sarif, checkstyle, junit, github");
        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).contains("'sarif' is not FORMAT=FILE");
        assertThat(reportFormat.code()).isEqualTo(2);
        assertThat(reportFormat.err()).contains("unknown format 'pdf'");
    }

    @Test
    void aReportThatCannotBeWrittenIsAnIoFailure() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");

        Cli cli = lint("--report", "json=" + blocker.resolve("out.json"), clean.toString());

        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).contains("cannot write the json report to");
    }

    @Test
    void failOnWarningMakesWarningsFail() {
        assertThat(lint(withWarning.toString()).code()).isZero();
        assertThat(lint("--fail-on", "warning", withWarning.toString()).code()).isEqualTo(1);
        assertThat(lint("--fail-on", "warning", clean.toString()).code()).isZero();
        Cli bad = lint("--fail-on", "info", clean.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown severity 'info'");
    }

    @Test
    void maxWarningsFailsOnlyWhenThereAreMore() {
        Cli over = lint("--max-warnings", "0", withWarning.toString());
        Cli at = lint("--max-warnings", "1", withWarning.toString());

        assertThat(over.code()).isEqualTo(1);
        assertThat(over.err()).contains("1 warnings, more than --max-warnings 0");
        assertThat(at.code()).isZero();
        assertThat(lint("--max-warnings", "-1", clean.toString()).code()).isEqualTo(2);
    }

    @Test
    void quietPrintsOnlyViolationsAtTheThresholdAndNoSummary() {
        Cli errorsOnly = lint("--quiet", dir.resolve("specs").toString());
        Cli withWarnings = lint("-q", "--fail-on", "warning", dir.resolve("specs").toString());
        Cli cleanRun = lint("--quiet", clean.toString());

        assertThat(errorsOnly.out().lines()).singleElement().asString().contains("[unfilled-placeholder]");
        assertThat(withWarnings.out().lines()).hasSize(2).noneMatch(l -> l.contains(" files, "));
        assertThat(cleanRun.out()).isEmpty();
        assertThat(cleanRun.code()).isZero();
    }

    @Test
    void aMissingPathIsAFailureFoundBeforeAnythingIsLinted() {
        Cli cli = lint(dir.resolve("nope.md").toString(), withError.toString());

        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).contains("nope.md: no such file or directory");
        assertThat(cli.out()).isEmpty();
    }
}
