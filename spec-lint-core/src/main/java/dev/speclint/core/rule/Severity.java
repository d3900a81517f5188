package dev.speclint.core.rule;

import java.util.Locale;

/** How serious a violation is. Ordered: {@link #ERROR} is the most severe. */
public enum Severity {
    /** Reported; fails a run only when its fail-on threshold is {@code warning}. */
    WARNING,
    /** Fails a run at the default fail-on threshold. */
    ERROR;

    /**
     * The lower-case name used in reports and configs.
     *
     * @return {@code warning} or {@code error}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this severity is at or above {@code threshold}.
     *
     * @param threshold the least severity that counts
     * @return true when this is {@code threshold} or more severe
     */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /**
     * Parses {@code error} or {@code warning} (also {@code warn}), any case.
     *
     * @param value the text to parse; surrounding whitespace is ignored
     * @return the severity
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            default -> throw new IllegalArgumentException("unknown severity '" + value + "': use error or warning");
        };
    }
}
