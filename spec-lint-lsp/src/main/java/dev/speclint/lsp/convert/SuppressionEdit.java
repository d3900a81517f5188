package dev.speclint.lsp.convert;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Inserts {@code <!-- spec-lint-disable-next-line RULE -->} on a line of its own above a line (the
 * syntax of docs/cli.md#inline-suppressions), with that line's indentation so that a finding inside
 * a list item stays inside it, and the buffer's own line ending.
 */
public final class SuppressionEdit {

    private SuppressionEdit() {
    }

    /** The comment's text, without indentation or line ending. */
    public static String comment(String ruleId) {
        return "<!-- spec-lint-disable-next-line " + ruleId + " -->";
    }

    /**
     * @param line 0-based protocol line to suppress {@code ruleId} on
     */
    public static TextEdit above(LineIndex lines, int line, String ruleId) {
        int l = Math.max(0, Math.min(line, lines.lineCount() - 1));
        String text = lines.line(l);
        int indent = 0;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
            indent++;
        }
        // line 0 of a buffer with a BOM: insert after the BOM, which must stay the first character
        Position at = new Position(l, l == 0 && lines.hasBom() ? 1 : 0);
        return new TextEdit(new Range(at, at), text.substring(0, indent) + comment(ruleId) + lines.lineEnding());
    }
}
