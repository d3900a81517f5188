package dev.speclint.lsp.convert;

import org.eclipse.lsp4j.Position;

/**
 * spec-lint's 1-based line and UTF-16 column to the protocol's 0-based position in one buffer.
 * Both count UTF-16 code units, so a column only shifts by one; line 1 also shifts past a BOM.
 * Positions past the buffer's end are clamped to its end, past a line's end to the line's end.
 */
public final class Positions {

    private final LineIndex lines;

    public Positions(LineIndex lines) {
        this.lines = lines;
    }

    public LineIndex lines() {
        return lines;
    }

    /** The protocol position of 1-based {@code line} and {@code column}. */
    public Position toLsp(int line, int column) {
        int l = line - 1;
        if (l >= lines.lineCount()) {
            int last = lines.lineCount() - 1;
            return new Position(last, charOffset(last, lines.line(last).length()));
        }
        l = Math.max(0, l);
        int c = Math.max(0, Math.min(column - 1, lines.line(l).length()));
        return new Position(l, charOffset(l, c));
    }

    /** The protocol's character of column {@code c} (0-based, spec-lint's) on 0-based line {@code l}. */
    private int charOffset(int l, int c) {
        return l == 0 && lines.hasBom() ? c + 1 : c;
    }

    /**
     * spec-lint's 1-based column of a protocol position's character on its line (the BOM not counted).
     */
    public int columnOf(Position p) {
        int c = p.getLine() == 0 && lines.hasBom() ? p.getCharacter() - 1 : p.getCharacter();
        return Math.max(0, c) + 1;
    }
}
