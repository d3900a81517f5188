package dev.speclint.rules;

/** Formats titles for messages. */
final class Titles {

    private Titles() {
    }

    /**
     * {@code 🔄 Rollback Plan} as {@code Rollback Plan}: leading emoji and symbols dropped; brackets,
     * braces and other punctuation kept ({@code {title of option 1}}).
     */
    static String display(String title) {
        int i = 0;
        while (i < title.length()) {
            int cp = title.codePointAt(i);
            int type = Character.getType(cp);
            boolean decoration = Character.isWhitespace(cp) || type == Character.OTHER_SYMBOL
                    || type == Character.MODIFIER_SYMBOL || type == Character.MATH_SYMBOL
                    || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.SURROGATE;
            if (!decoration) {
                break; // letters, digits and punctuation such as `[`, `{`, `(`, backticks start the title
            }
            i += Character.charCount(cp);
        }
        return i == title.length() ? title.strip() : title.substring(i).strip();
    }
}
