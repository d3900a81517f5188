package dev.speclint.core.parse;

/**
 * Caps how many block containers (block quotes, list items) one line may open before the text goes
 * to flexmark, whose block parser takes time quadratic in that count: a line of 50,000 {@code "- "}
 * would take minutes. Markers past the cap are replaced, character for character, by {@code x}, so
 * the rest of the line is plain text and every offset, line and column stays the same. No real
 * document nests anywhere near the cap.
 */
final class NestingGuard {

    /** Containers one line may open. */
    static final int MAX_DEPTH = 100;

    private NestingGuard() {
    }

    /** {@code text} with container markers past {@link #MAX_DEPTH} on any line neutralized. */
    static String limit(String text) {
        char[] chars = null;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int depth = 0;
            int i = lineStart;
            while (i < lineEnd) {
                int j = i;
                while (j < lineEnd && j - i < 3 && text.charAt(j) == ' ') {
                    j++;
                }
                int markerEnd = markerEnd(text, j, lineEnd);
                if (markerEnd < 0) {
                    break;
                }
                depth++;
                if (depth > MAX_DEPTH) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    for (int k = j; k < markerEnd; k++) {
                        if (chars[k] != ' ' && chars[k] != '\t') {
                            chars[k] = 'x';
                        }
                    }
                }
                i = markerEnd;
            }
            lineStart = lineEnd + 1;
        }
        return chars == null ? text : new String(chars);
    }

    /** End of a container marker at {@code i} ({@code >}, {@code - }, {@code 1. }), or -1. */
    private static int markerEnd(String text, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
            return i + 1;
        }
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i && j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')')
                && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
            return j + 1;
        }
        return -1;
    }
}
