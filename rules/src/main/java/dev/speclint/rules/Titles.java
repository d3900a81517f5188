package dev.speclint.rules;

/** Formats titles for messages. */
final class Titles {

    private Titles() {
    }

    /** {@code 🔄 Rollback Plan} as {@code Rollback Plan}: leading emoji and symbols dropped. */
    static String display(String title) {
        int i = 0;
        while (i < title.length()) {
            int cp = title.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '`' || cp == '[' || cp == '(' || cp == '"') {
                break;
            }
            i += Character.charCount(cp);
        }
        return i == title.length() ? title.strip() : title.substring(i).strip();
    }
}
