package dev.speclint.core.engine;

import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a run.
 *
 * @param violations every violation, sorted by file, line, column, rule
 * @param files the display paths of the files linted, sorted
 * @param elapsed wall time of the run
 * @param lineTexts the source text of each line a violation points at, by display path then 1-based
 *     line; reports use it to identify a finding by its content rather than its line number (SARIF
 *     fingerprints). Empty for files that could not be read and for results built by hand.
 * @param cachedFiles how many of {@code files} were not linted again because the incremental cache
 *     held their result
 */
public record LintResult(List<Violation> violations, List<String> files, Duration elapsed,
        Map<String, Map<Integer, String>> lineTexts, int cachedFiles) {

    public LintResult {
        violations = List.copyOf(violations);
        files = List.copyOf(files);
        Map<String, Map<Integer, String>> copy = new HashMap<>();
        lineTexts.forEach((file, lines) -> copy.put(file, Map.copyOf(lines)));
        lineTexts = Map.copyOf(copy);
    }

    /** A result without line texts. */
    public LintResult(List<Violation> violations, List<String> files, Duration elapsed) {
        this(violations, files, elapsed, Map.of(), 0);
    }

    /** A result of a run without the cache. */
    public LintResult(List<Violation> violations, List<String> files, Duration elapsed,
            Map<String, Map<Integer, String>> lineTexts) {
        this(violations, files, elapsed, lineTexts, 0);
    }

    /** The source text of the line {@code violation} points at, when known. */
    public Optional<String> lineText(Violation violation) {
        return Optional.ofNullable(lineTexts.getOrDefault(violation.file(), Map.of()).get(violation.line()));
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
