package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spec-lint baseline} and {@code lint --baseline} on three legacy specs full of findings. */
class BaselineCommandTest {

    static final String LEGACY = "# [Feature Name]\n\n**Status:** Draft\n\n## Overview\n\nWe do [something].\n";

    @TempDir
    Path dir;
    Path docs;
    Path baseline;

    @BeforeEach
    void legacySpecs() throws Exception {
        docs = Files.createDirectories(dir.resolve("docs"));
        for (String name : new String[] {"a.md", "b.md", "c.md"}) {
            Files.writeString(docs.resolve(name), LEGACY);
        }
        baseline = dir.resolve("spec-lint-baseline.json");
        Cli written = Cli.run("baseline", "--no-config", "--output", baseline.toString(), docs.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(written.out()).contains("wrote 9 entries for 3 files to " + baseline);
    }

    private Cli lint() {
        return Cli.run("lint", "--no-config", "--no-color", "--baseline", baseline.toString(), docs.toString());
    }

    @Test
    void theBaselineAcceptsEveryOldFinding() {
        Cli r = lint();
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("3 files, 0 errors, 0 warnings");
        assertThat(r.err()).contains("9 findings suppressed by the baseline " + baseline).doesNotContain("warning");
    }

    @Test
    void aNewViolationInAnOldSpecIsTheOnlyOneReported() throws Exception {
        Files.writeString(docs.resolve("b.md"), LEGACY + "\nAnd [another thing].\n");
        Cli r = lint();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("b.md:9:5: error: unfilled placeholder '[another thing]'")
                .contains("3 files, 1 error, 0 warnings");
        assertThat(r.out().lines().filter(l -> l.contains(": error: ")).count()).isEqualTo(1);
    }

    @Test
    void aNewBadSpecIsReportedInFull() throws Exception {
        Files.writeString(docs.resolve("d.md"), LEGACY);
        Cli r = lint();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("4 files, 3 errors");
        assertThat(r.out().lines().filter(l -> l.contains(": error: ")).allMatch(l -> l.contains("d.md:"))).isTrue();
    }

    @Test
    void editingALineAboveAnOldFindingKeepsItBaselined() throws Exception {
        Files.writeString(docs.resolve("a.md"), LEGACY.replace("## Overview\n",
                "## Overview\n\nA new paragraph, written\nover two lines.\n"));
        Cli r = lint();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.err()).contains("9 findings suppressed");
    }

    @Test
    void fixedFindingsAreReportedAsStaleEntries() throws Exception {
        Files.writeString(docs.resolve("c.md"), LEGACY.replace("We do [something].", "We do things."));
        Cli r = lint();
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("8 findings suppressed",
                "warning: 1 baseline entry matches no finding any more (fixed)",
                "c.md: unfilled placeholder '[something]'");
    }

    @Test
    void aDamagedBaselineIsAnErrorNamingTheFileAndLineAndNothingIsLinted() throws Exception {
        Files.writeString(baseline, "{\n  \"version\" : 1,\n  \"entries\" : [ { \"file\" : 3 } ]\n}\n");
        Cli r = lint();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("spec-lint: " + baseline + ":3: 'file' must be a string");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingBaselineSaysHowToWriteOne() {
        Cli r = Cli.run("lint", "--no-config", "--baseline", dir.resolve("none.json").toString(), docs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("none.json: no such baseline file; write one with 'spec-lint baseline'");
    }
}
