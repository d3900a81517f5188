package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import java.util.Optional;

/**
 * Decides whether a result fails the build: it does when more violations than allowed are at or
 * above the threshold severity.
 *
 * @param threshold the least severity that counts ({@code violationSeverity})
 * @param maxAllowed how many counted violations still pass ({@code maxAllowedViolations})
 */
record ViolationGate(Severity threshold, int maxAllowed) {

    ViolationGate {
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("maxAllowedViolations must be 0 or more, not " + maxAllowed);
        }
    }

    /** The violations that count against the limit. */
    long counted(LintResult result) {
        return result.countAtLeast(threshold);
    }

    boolean fails(LintResult result) {
        return counted(result) > maxAllowed;
    }

    /**
     * What went wrong, for the build failure: how many violations, of which severity, the limit, and
     * where the report is.
     *
     * @param report where the report file was written, if one was
     */
    String failureMessage(LintResult result, Optional<String> report) {
        long counted = counted(result);
        StringBuilder b = new StringBuilder("spec-lint found ");
        b.append(plural(counted, "violation")).append(" of severity ").append(threshold.label());
        if (threshold != Severity.ERROR) {
            b.append(" or higher");
        }
        b.append(" (").append(plural(result.errorCount(), "error")).append(", ")
                .append(plural(result.warningCount(), "warning")).append(")");
        b.append(", more than the ").append(maxAllowed).append(" allowed by maxAllowedViolations");
        report.ifPresent(r -> b.append("; report: ").append(r));
        return b.toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
