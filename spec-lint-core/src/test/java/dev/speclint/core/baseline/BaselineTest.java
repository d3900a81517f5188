package dev.speclint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path dir;

    private static Violation v(String file, int line, String rule, String message) {
        return new Violation(file, line, 1, rule, Severity.ERROR, message);
    }

    private static LintResult result(List<Violation> violations, Map<Integer, String> lines) {
        return new LintResult(violations, List.of("docs/a.md"), Duration.ZERO, Map.of("docs/a.md", lines), 0);
    }

    @Test
    void aFindingMovedByAnEditAboveItStaysBaselined() throws Exception {
        Path file = dir.resolve("spec-lint-baseline.json");
        LintResult before = result(List.of(v("docs/a.md", 4, "unfilled-placeholder", "unfilled '[Name]'")),
                Map.of(4, "**Title:** [Name]"));
        BaselineFile.write(file, Baseline.of(before, dir, file));

        LintResult after = result(List.of(v("docs/a.md", 9, "unfilled-placeholder", "unfilled '[Name]'"),
                v("docs/a.md", 12, "unfilled-placeholder", "unfilled '[Other]'")),
                Map.of(9, "**Title:**   [Name] ", 12, "**Owner:** [Other]"));
        BaselineOutcome outcome = BaselineFile.read(file).apply(after, dir, file);
        assertThat(outcome.suppressed()).isEqualTo(1);
        assertThat(outcome.result().violations()).extracting(Violation::line).containsExactly(12);
        assertThat(outcome.stale()).isEmpty();
    }

    @Test
    void identicalFindingsAreCountedAndFixedOnesAreStale() throws Exception {
        Path file = dir.resolve("b.json");
        Violation one = v("docs/a.md", 3, "empty-section", "section 'Goals' is empty");
        LintResult before = result(List.of(one, v("docs/a.md", 5, "empty-section", "section 'Goals' is empty")),
                Map.of(3, "## Goals", 5, "## Goals"));
        Baseline baseline = Baseline.of(before, dir, file);
        assertThat(baseline.entries()).hasSize(2);

        BaselineOutcome outcome = baseline.apply(result(List.of(one), Map.of(3, "## Goals")), dir, file);
        assertThat(outcome.suppressed()).isEqualTo(1);
        assertThat(outcome.result().violations()).isEmpty();
        assertThat(outcome.stale()).hasSize(1);
    }

    @Test
    void entriesOfFilesNotLintedAreNotStale() throws Exception {
        Path file = dir.resolve("b.json");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/other.md"), "# x\n");
        Baseline baseline = new Baseline(List.of(new BaselineEntry("docs/other.md", "r", "0".repeat(64), "m")));
        BaselineOutcome outcome = baseline.apply(result(List.of(), Map.of()), dir, file);
        assertThat(outcome.stale()).isEmpty();
    }

    @Test
    void theFileIsSortedAndStable() throws Exception {
        Path file = dir.resolve("spec-lint-baseline.json");
        LintResult r = new LintResult(List.of(v("b.md", 1, "z", "m"), v("a.md", 2, "y", "m")),
                List.of("a.md", "b.md"), Duration.ZERO, Map.of(), 0);
        BaselineFile.write(file, Baseline.of(r, dir, file));
        String first = Files.readString(file);
        BaselineFile.write(file, BaselineFile.read(file));
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(first.indexOf("\"a.md\"")).isLessThan(first.indexOf("\"b.md\""));
        assertThat(first).startsWith("{\n  \"version\" : 1,").endsWith("}\n");
    }

    @Test
    void pathsAreRelativeToTheBaselinesFolder() throws Exception {
        Path file = dir.resolve("sub/spec-lint-baseline.json");
        LintResult r = new LintResult(List.of(v("sub/docs/a.md", 1, "r", "m")), List.of("sub/docs/a.md"),
                Duration.ZERO, Map.of(), 0);
        assertThat(Baseline.of(r, dir, file).entries()).extracting(BaselineEntry::file).containsExactly("docs/a.md");
    }

    @Test
    void aDamagedFileIsAnErrorNamingTheFileAndLine() throws Exception {
        Path file = dir.resolve("spec-lint-baseline.json");
        assertThatThrownBy(() -> BaselineFile.parse(file, "{\n  \"version\" : 1,\n  \"entries\" : [ {\n".getBytes(
                StandardCharsets.UTF_8))).isInstanceOf(BaselineException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> BaselineFile.parse(file, "{\n \"version\": 1,\n \"entries\": [ {\"file\": \"a.md\"} ]\n}"
                .getBytes(StandardCharsets.UTF_8))).hasMessage(file + ":3: an entry needs 'file', 'rule' and 'fingerprint'");
        assertThatThrownBy(() -> BaselineFile.parse(file, "[]".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining(file + ":1: a baseline is a JSON object");
        assertThatThrownBy(() -> BaselineFile.parse(file, "{\"version\": 2, \"entries\": []}".getBytes(
                StandardCharsets.UTF_8))).hasMessageContaining("'version' must be 1, not 2");
        assertThatThrownBy(() -> BaselineFile.parse(file, new byte[0])).isInstanceOf(BaselineException.class);
        assertThatThrownBy(() -> BaselineFile.read(dir.resolve("nope.json")))
                .hasMessageContaining("nope.json: no such baseline file");
    }
}
