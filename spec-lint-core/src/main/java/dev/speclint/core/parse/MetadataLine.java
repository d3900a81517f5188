package dev.speclint.core.parse;

/**
 * Recognizes a header metadata line: {@code **Key:** value}, {@code **Key**: value}, the same with
 * {@code __}, optionally as a list item ({@code - **Key:** value}), and a plain list item
 * {@code * Status: **Implemented**} / {@code - Feature Name: foo} whose key is a short label (at most
 * six words, starting with a letter; the space after its colon may be missing before a link or URL). Hand-written, linear in the line's length.
 *
 * @param key the key, trimmed
 * @param value the value, trimmed, a trailing hard-break backslash dropped
 * @param keyIndex 0-based index of the opening emphasis marker in the line
 * @param valueIndex 0-based index of the value's first character (line length when empty)
 */
record MetadataLine(String key, String value, int keyIndex, int valueIndex) {

    static MetadataLine match(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        boolean listItem = false;
        if (i + 1 < n && (line.charAt(i) == '-' || line.charAt(i) == '*' || line.charAt(i) == '+')
                && line.charAt(i + 1) == ' ') {
            listItem = true;
            i += 2;
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        if (i + 2 > n) {
            return null;
        }
        String marker = line.substring(i, i + 2);
        if (!marker.equals("**") && !marker.equals("__")) {
            return listItem ? plainListItem(line, i) : null;
        }
        int keyIndex = i;
        int close = line.indexOf(marker, i + 2);
        if (close < 0) {
            return null;
        }
        String inside = line.substring(i + 2, close);
        int after = close + 2;
        String key;
        if (inside.endsWith(":")) {
            key = inside.substring(0, inside.length() - 1).trim();
        } else if (after < n && line.charAt(after) == ':') {
            key = inside.trim();
            after++;
        } else {
            return null;
        }
        if (key.isEmpty() || key.length() > 60 || key.contains(":")) {
            return null;
        }
        while (after < n && line.charAt(after) == ' ') {
            after++;
        }
        String value = line.substring(after).strip();
        if (value.endsWith("\\")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return new MetadataLine(key, value, keyIndex, after);
    }

    /** {@code Key: value} after a list marker, the key starting at {@code start}. */
    private static MetadataLine plainListItem(String line, int start) {
        int colon = line.indexOf(':', start);
        if (colon <= start || colon - start > 60 || !Character.isLetter(line.charAt(start))) {
            return null;
        }
        if (colon + 1 < line.length() && line.charAt(colon + 1) != ' ' && line.charAt(colon + 1) != '\t'
                && line.charAt(colon + 1) != '[' && line.charAt(colon + 1) != '<'
                && !line.startsWith("http://", colon + 1) && !line.startsWith("https://", colon + 1)) {
            return null; // `- http://x`, `- a:b`; but `- Rust Issue:[#12](url)` and `- Rust Issue:https://x` are a label and a link
        }
        String key = line.substring(start, colon).strip();
        int words = 1;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c == ' ') {
                words++;
            } else if (c == '#' && k == key.length() - 1 && k > 0 && key.charAt(k - 1) == ' ') {
                continue; // a closing number sign: `RFC PR #: 560`
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '\'' && c != '(' && c != ')'
                    && c != '.' && c != '/') {
                return null; // markup, code or punctuation: prose, not a label
            }
        }
        if (words > 6 || key.isEmpty()) {
            return null;
        }
        int after = colon + 1;
        while (after < line.length() && line.charAt(after) == ' ') {
            after++;
        }
        String value = line.substring(after).strip();
        if (value.endsWith("\\")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return new MetadataLine(key, value, start, after);
    }
}
