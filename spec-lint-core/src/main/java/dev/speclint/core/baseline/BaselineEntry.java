package dev.speclint.core.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of a baseline.
 *
 * @param file the spec's path relative to the baseline file's folder, forward slashes
 * @param rule the rule id
 * @param fingerprint the SHA-256 (hex) of the rule, the finding's line text and its message; see
 *     {@link Baseline#fingerprint}
 * @param message the finding's message when the baseline was written: for people reading the file,
 *     not used for matching
 */
public record BaselineEntry(String file, String rule, String fingerprint, String message) {

    /** File order: file, rule, message, fingerprint. */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::fingerprint);

    public BaselineEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(message, "message");
    }

    /** What matching compares: file, rule and fingerprint. */
    Key key() {
        return new Key(file, rule, fingerprint);
    }

    /** The identity of an entry. */
    record Key(String file, String rule, String fingerprint) {
    }
}
