package dev.speclint.core.template;

import com.google.re2j.Pattern;
import java.util.Optional;

/**
 * How templates say in words that a section or field is optional. Real templates write it in the
 * title ({@code Drawbacks (Optional)}, {@code [optional]}), before a value
 * ({@code * Vision: *if applicable* ...}), or as the first words of the guidance: a comment inside or
 * just above the section ({@code <!-- This is an optional element. Feel free to remove. -->}), or a
 * first sentence such as "Optional: ..." or "If your change needs a migration, ...".
 */
public final class OptionalMarks {

    /** A marker in a title or before a value. */
    private static final Pattern MARK = Pattern.compile(
            "(?i)(?:[(\\[]\\s*(?:optional|if applicable|if any|if needed)\\s*[)\\]]|[*_]+(?:optional|if applicable)[*_]+)");
    /** Guidance that says so: only its first sentence is read. */
    private static final Pattern SAYS_OPTIONAL = Pattern.compile("(?i)(?:^|[^a-z])(?:optional|if applicable|"
            + "(?:can|may) be (?:omitted|removed|deleted|skipped|left out)|feel free to (?:remove|delete|omit|skip)|"
            + "(?:remove|delete|omit) (?:this|it) (?:section )?if|not (?:always )?required|as needed|if needed)(?:[^a-z]|$)");
    /** Guidance whose first sentence is a condition: "If the change ..., describe ...". */
    private static final Pattern CONDITIONAL = Pattern.compile("^(?:If|When|Where) [a-z]");

    private OptionalMarks() {
    }

    /** The optional marker in a title or value, if it has one. */
    public static Optional<String> marker(String text) {
        var m = MARK.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** {@code text} without its optional markers. */
    public static String withoutMarkers(String text) {
        return MARK.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Whether the first sentence of a section's guidance says it is optional. {@code text} is the
     * guidance as written (a comment's inside, or a paragraph), markup included.
     */
    public static boolean saysOptional(String text) {
        String first = firstSentence(text);
        return SAYS_OPTIONAL.matcher(first).find() || CONDITIONAL.matcher(first.replaceAll("^[*_>\\s]+", "")).find();
    }

    /** Up to the first period, question mark or colon followed by a space (or 200 characters). */
    static String firstSentence(String text) {
        String t = text.strip();
        int end = Math.min(t.length(), 200);
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                return t.substring(0, i + 1);
            }
        }
        return t.substring(0, end);
    }
}
