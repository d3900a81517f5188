package dev.speclint.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub's heading anchors (github-slugger): lower case; every character dropped that is not a
 * letter, mark, number, connector punctuation ({@code _}), {@code -} or space; each space becomes
 * {@code -}. So {@code 🔒 Security Considerations} is {@code -security-considerations}. A repeated
 * slug gets {@code -1}, {@code -2}, ... in document order. One instance per document (it counts).
 */
final class Slugs {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The slug of the next heading titled {@code title} (plain text). */
    String next(String title) {
        String base = slug(title);
        if (!occurrences.containsKey(base)) {
            occurrences.put(base, 0);
            return base;
        }
        int count = occurrences.get(base);
        String candidate;
        do {
            count++;
            candidate = base + "-" + count;
        } while (occurrences.containsKey(candidate));
        occurrences.put(base, count);
        occurrences.put(candidate, 0);
        return candidate;
    }

    /** The slug of {@code title} before de-duplication. */
    static String slug(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || kept(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean kept(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** {@code slug} without emoji variation selectors, which some renderers drop. */
    static String withoutVariationSelectors(String slug) {
        StringBuilder out = new StringBuilder(slug.length());
        for (int i = 0; i < slug.length(); ) {
            int cp = slug.codePointAt(i);
            i += Character.charCount(cp);
            if (!(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0x20E3) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
