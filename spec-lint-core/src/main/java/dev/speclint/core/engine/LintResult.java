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

    /**
     * Copies the lists and maps as given (it does not sort them).
     *
     * @param violations every violation, sorted by {@link Violation#ORDER}
     * @param files the display paths of the files linted, sorted
     * @param elapsed wall time of the run
     * @param lineTexts display path to 1-based line to that line's text; empty when unknown
     * @param cachedFiles how many of {@code files} came from the incremental cache; 0 without one
     */
    public LintResult {
        violations = List.copyOf(violations);
        files = List.copyOf(files);
        Map<String, Map<Integer, String>> copy = new HashMap<>();
        lineTexts.forEach((file, lines) -> copy.put(file, Map.copyOf(lines)));
        lineTexts = Map.copyOf(copy);
    }

    /**
     * The source text of the line {@code violation} points at, when known.
     *
     * @param violation a violation of this result
     * @return the line's text without its line ending, or empty when {@link #lineTexts()} lacks it
     */
    public Optional<String> lineText(Violation violation) {
        return Optional.ofNullable(lineTexts.getOrDefault(violation.file(), Map.of()).get(violation.line()));
    }

    /**
     * The number of errors.
     *
     * @return how many violations have severity {@link Severity#ERROR}
     */
    public long errorCount() {
        return count(Severity.ERROR);
    }

    /**
     * The number of warnings.
     *
     * @return how many violations have severity {@link Severity#WARNING}
     */
    public long warningCount() {
        return count(Severity.WARNING);
    }

    /**
     * Violations of exactly {@code severity}.
     *
     * @param severity the severity counted
     * @return how many violations have it
     */
    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    /**
     * Violations at or above {@code threshold}.
     *
     * @param threshold the least severity counted
     * @return how many violations are at least that severe
     */
    public long countAtLeast(Severity threshold) {
        return violations.stream().filter(v -> v.severity().atLeast(threshold)).count();
    }

    /**
     * Whether the run found nothing.
     *
     * @return true when there are no violations of any severity
     */
    public boolean isClean() {
        return violations.isEmpty();
    }
}
