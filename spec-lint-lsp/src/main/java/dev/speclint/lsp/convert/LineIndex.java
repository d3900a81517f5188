package dev.speclint.lsp.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an editor buffer as the protocol counts them: {@code \r\n}, {@code \r} and
 * {@code \n} each end a line (spec-lint's parser counts the same), a byte order mark is a character
 * of line 0 for the protocol but not for spec-lint's columns.
 */
public final class LineIndex {

    private final String text;
    private final int[] starts;
    private final boolean bom;
    private final String lineEnding;

    private LineIndex(String text) {
        this.text = text;
        this.bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        List<Integer> s = new ArrayList<>();
        s.add(0);
        String ending = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (ending == null) {
                    ending = crlf ? "\r\n" : String.valueOf(c);
                }
                if (crlf) {
                    i++;
                }
                s.add(i + 1);
            }
        }
        this.starts = s.stream().mapToInt(Integer::intValue).toArray();
        this.lineEnding = ending == null ? "\n" : ending;
    }

    public static LineIndex of(String text) {
        return new LineIndex(text);
    }

    /** Lines in the buffer (a buffer ending in a line break has an empty last line). */
    public int lineCount() {
        return starts.length;
    }

    /** Whether the buffer starts with a byte order mark. */
    public boolean hasBom() {
        return bom;
    }

    /** The buffer's first line ending, {@code "\n"} when it has none. */
    public String lineEnding() {
        return lineEnding;
    }

    /** The text of 0-based line {@code line} without its line ending (and without the BOM). */
    public String line(int line) {
        int start = starts[line] + (line == 0 && bom ? 1 : 0);
        int end = line + 1 < starts.length ? starts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The offset in the buffer of a 0-based protocol line and character, clamped to the buffer
     * (past the last line: its end; past a line's end: the line's end).
     */
    public int offset(int line, int character) {
        if (line < 0) {
            return 0;
        }
        if (line >= starts.length) {
            return text.length();
        }
        int start = starts[line];
        int end = line + 1 < starts.length ? starts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return Math.min(start + Math.max(0, character), end);
    }

    /** The buffer's text. */
    public String text() {
        return text;
    }

    /** The buffer without a leading byte order mark: what spec-lint lints. */
    public String textWithoutBom() {
        return bom ? text.substring(1) : text;
    }
}
