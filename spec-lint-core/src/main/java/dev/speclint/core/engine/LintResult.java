package dev.speclint.core.engine;

import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param violations every violation, sorted by file, line, column, rule
 * @param files the display paths of the files linted, sorted
 * @param elapsed wall time of the run
 */
public record LintResult(List<Violation> violations, List<String> files, Duration elapsed) {

    public LintResult {
        violations = List.copyOf(violations);
        files = List.copyOf(files);
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    /** Violations of exactly {@code severity}. */
    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    /** Violations at or above {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return violations.stream().filter(v -> v.severity().atLeast(threshold)).count();
    }

    public boolean isClean() {
        return violations.isEmpty();
    }
}
