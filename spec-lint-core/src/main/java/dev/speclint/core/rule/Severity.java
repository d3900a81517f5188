package dev.speclint.core.rule;

import java.util.Locale;

/** How serious a violation is. Ordered: {@link #ERROR} is the most severe. */
public enum Severity {
    WARNING,
    ERROR;

    /** The lower-case name used in reports and configs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /**
     * Parses {@code error} or {@code warning} (also {@code warn}), any case.
     *
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
