package dev.speclint.core.parse;

/**
 * Caps the nesting of block containers (block quotes, list items) before the text goes to flexmark,
 * whose block parser takes time quadratic in the containers one line opens (a line of 50,000
 * {@code "- "} would take minutes) and, across lines, cubic in list depth (each open container rescans
 * the line's indentation: 2,000 list levels, one more per line, are seconds of work). Two caps: at most
 * {@link #MAX_DEPTH} markers on one line, and no marker at or past column {@link #MAX_MARKER_COLUMN}
 * (so lists nest at most about that many columns / 2 deep across lines). Markers past a cap are replaced,
 * character for character, by {@code x}, so the rest of the line is plain text and every offset, line
 * and column stays the same. No real document comes near either cap ({@code NestingGuardTest} checks the
 * corpus is untouched).
 */
final class NestingGuard {

    /** Containers one line may open. */
    static final int MAX_DEPTH = 100;

    /** The column (0-based, tabs to the next multiple of 4) from which a container marker is plain text. */
    static final int MAX_MARKER_COLUMN = 200;

    private NestingGuard() {
    }

    /**
     * The text of {@code source} with container markers past {@link #MAX_DEPTH} on any line neutralized. Lines are
     * taken from the source's line starts: a prose line costs its first characters, not a scan to its end.
     */
    static String limit(SourceText source) {
        String text = source.text();
        int[] starts = source.lineStarts();
        char[] chars = null;
        int n = text.length();
        for (int l = 0; l < starts.length; l++) {
            int lineStart = starts[l];
            int lineEnd = l + 1 < starts.length ? starts[l + 1] - 1 : n > 0 && text.charAt(n - 1) == '\n' ? n - 1 : n;
            int depth = 0;
            int i = lineStart;
            int column = 0;
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                column = text.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                i++;
            }
            boolean tooDeep = column >= MAX_MARKER_COLUMN;
            if (!tooDeep) {
                i = lineStart;
            }
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
                if (depth > MAX_DEPTH || tooDeep) {
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
