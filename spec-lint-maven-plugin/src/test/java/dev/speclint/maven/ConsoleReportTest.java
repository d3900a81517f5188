package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final Path ROOT = Path.of("/build/root").toAbsolutePath();

    @Test
    void eachViolationAtItsSeverity() {
        LintResult r = new LintResult(List.of(
                new Violation("docs/specs/a.md", 4, 12, "unfilled-placeholder", Severity.ERROR, "unfilled placeholder"),
                new Violation("docs/specs/a.md", 9, 1, "todo-marker", Severity.WARNING, "TODO left")),
                List.of("docs/specs/a.md"), Duration.ofMillis(120), Map.of(), 0);
        RecordingLog log = new RecordingLog();

        new ConsoleReport(ROOT, ROOT).logViolations(r, log);

        assertThat(log.lines).containsExactly(
                "[ERROR] docs/specs/a.md:4:12: unfilled placeholder [unfilled-placeholder]",
                "[WARNING] docs/specs/a.md:9:1: TODO left [todo-marker]");
        assertThat(ConsoleReport.summary(r)).isEqualTo("spec-lint: 1 file, 1 error, 1 warning (0.12 s)");
    }

    @Test
    void pathsOfAModuleAreShownFromTheExecutionRoot() {
        ConsoleReport console = new ConsoleReport(ROOT.resolve("module-b"), ROOT);

        assertThat(console.path("docs/specs/a.md")).isEqualTo("module-b/docs/specs/a.md");
    }

    @Test
    void aModuleOutsideTheExecutionRootIsShownAbsolute() {
        Path elsewhere = Path.of("/elsewhere/mod").toAbsolutePath();

        assertThat(new ConsoleReport(elsewhere, ROOT).path("docs/a.md"))
                .isEqualTo(elsewhere.resolve("docs/a.md").toString().replace('\\', '/'));
    }
}
