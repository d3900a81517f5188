package dev.speclint.core.fix;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fixes one document: lints its text, applies the fixes offered, and lints again until a pass
 * applies nothing or {@link #MAX_PASSES} passes have run. A fix skipped for overlapping an earlier
 * one is offered again by the next pass's lint.
 */
public final class DocumentFixer {

    /** The most lint-and-apply passes one document gets. */
    public static final int MAX_PASSES = 5;

    private final SpecLinter linter;

    public DocumentFixer(SpecLinter linter) {
        this.linter = Objects.requireNonNull(linter, "linter");
    }

    /**
     * What fixing one document did.
     *
     * @param original the text as given
     * @param text the text after all passes
     * @param appliedByRule how many fixes each rule had applied, by rule id
     * @param remaining the lint of the final text
     * @param passes how many passes applied something
     */
    public record Outcome(String original, String text, Map<String, Integer> appliedByRule, LintResult remaining,
            int passes) {

        public Outcome {
            appliedByRule = Map.copyOf(appliedByRule);
        }

        /** Whether the text changed. */
        public boolean changed() {
            return !original.equals(text);
        }

        /** How many fixes went in. */
        public int appliedCount() {
            return appliedByRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Fixes {@code text}, named {@code name} (its display path) in the lint. */
    public Outcome fix(String name, String text) {
        return fix(name, text, null);
    }

    /**
     * Fixes {@code text} as the content of a file in {@code directory} (relative links are checked
     * against it, as in a lint of the file); null for none.
     */
    public Outcome fix(String name, String text, Path directory) {
        String current = text;
        Map<String, Integer> counts = new TreeMap<>();
        int passes = 0;
        LintResult result = linter.lintText(name, current, directory);
        while (passes < MAX_PASSES) {
            List<Fix> fixes = new ArrayList<>();
            Map<Fix, String> ruleOf = new IdentityHashMap<>();
            for (Violation v : result.violations()) {
                if (v.hasFix() && v.file().equals(name)) {
                    fixes.add(v.fix());
                    ruleOf.put(v.fix(), v.rule());
                }
            }
            if (fixes.isEmpty()) {
                break;
            }
            FixApplier.Result applied = FixApplier.apply(current, fixes);
            if (!applied.changed() || applied.text().equals(current)) {
                break;
            }
            for (Fix f : applied.applied()) {
                counts.merge(ruleOf.get(f), 1, Integer::sum);
            }
            current = applied.text();
            passes++;
            result = linter.lintText(name, current, directory);
        }
        return new Outcome(text, current, counts, result, passes);
    }
}
