package dev.speclint.core.rule;

import java.util.Objects;

/**
 * One replacement in a document's text, part of a {@link Fix}. Positions use the same coordinates
 * as {@link Violation}: 1-based lines and 1-based columns in UTF-16 code units of the line's text
 * (after any byte order mark, without its line ending). An insertion has equal start and end; an
 * edit that ends at column 1 of line N ends just before line N's first character, so a whole-line
 * insertion is {@code (N, 1) - (N, 1)} with text ending in {@code "\n"}. {@code newText} uses
 * {@code "\n"} line endings; whoever applies the edit writes the file's own line ending instead.
 *
 * @param startLine 1-based first line
 * @param startColumn 1-based first column (UTF-16 code units)
 * @param endLine 1-based line the replaced range ends on
 * @param endColumn 1-based column just past the replaced range
 * @param newText the replacement ({@code "\n"} line endings)
 */
public record TextEdit(int startLine, int startColumn, int endLine, int endColumn, String newText) {

    /**
     * Checks the range.
     *
     * @param startLine 1-based first line
     * @param startColumn 1-based first column (UTF-16 code units)
     * @param endLine 1-based line the replaced range ends on; not before {@code startLine}
     * @param endColumn 1-based column just past the replaced range; not before {@code startColumn}
     *     on the same line
     * @param newText the replacement ({@code "\n"} line endings); empty to delete; not null
     * @throws IllegalArgumentException when a line or column is below 1 or the range ends before it
     *     starts
     */
    public TextEdit {
        Objects.requireNonNull(newText, "newText");
        if (startLine < 1 || startColumn < 1 || endLine < startLine
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("bad range " + startLine + ":" + startColumn + "-"
                    + endLine + ":" + endColumn);
        }
    }

    /**
     * Inserts {@code text} at a 1-based line and column.
     *
     * @param line 1-based line
     * @param column 1-based column (UTF-16 code units)
     * @param text the text to insert ({@code "\n"} line endings)
     * @return an edit with equal start and end
     */
    public static TextEdit insert(int line, int column, String text) {
        return new TextEdit(line, column, line, column, text);
    }

    /**
     * Whether this edit only inserts text.
     *
     * @return true when start and end are the same position
     */
    public boolean isInsertion() {
        return startLine == endLine && startColumn == endColumn;
    }
}
