package dev.speclint.core.document;

/**
 * Computes the match key of a heading title or other label: emoji and symbols dropped, {@code &}
 * read as {@code and}, case folded, whitespace collapsed. {@code 🎯 Goals & Non-Goals} and
 * {@code Goals and Non-Goals} share the key {@code goals and non-goals}.
 */
public final class TitleKey {

    private TitleKey() {
    }

    /** Returns the key of {@code title}. */
    public static String of(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean pendingSpace = false;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z')) {
                // most of a title: kept, lower-cased, without the general case's lookups
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
                continue;
            }
            if (cp == '&') {
                pendingSpace = true;
                appendWord(out, "and", pendingSpace);
                pendingSpace = true;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = true;
                continue;
            }
            if (isDropped(cp)) {
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(Character.toLowerCase(cp));
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word, boolean spaceBefore) {
        if (spaceBefore && out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }

    private static boolean isDropped(int cp) {
        switch (Character.getType(cp)) {
            case Character.OTHER_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.MATH_SYMBOL:
            case Character.FORMAT:
            case Character.CONTROL:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return true;
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                // variation selectors and the keycap mark ride on emoji; real accents stay
                return (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3 || (cp >= 0xE0100 && cp <= 0xE01EF);
            default:
                return false;
        }
    }
}
