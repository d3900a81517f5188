package dev.speclint.lsp.convert;

import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A violation as a protocol diagnostic: source {@value #SOURCE}, code = the rule id. */
public final class Diagnostics {

    /** The diagnostics' source, shown by editors next to the message. */
    public static final String SOURCE = "spec-lint";

    private Diagnostics() {
    }

    public static Diagnostic of(Violation v, Positions positions) {
        Diagnostic d = new Diagnostic(range(v, positions), v.message(), severity(v.severity()), SOURCE);
        d.setCode(Either.forLeft(v.rule()));
        return d;
    }

    public static DiagnosticSeverity severity(Severity s) {
        return s == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
    }

    /**
     * From the violation's position to the end of the token there, or to the end of the line's text
     * when the violation points at the line's start (a heading, a metadata line, a missing section
     * reported on a line): what an editor should underline.
     */
    public static Range range(Violation v, Positions positions) {
        Position start = positions.toLsp(v.line(), v.column());
        LineIndex lines = positions.lines();
        String text = lines.line(start.getLine());
        int col = positions.columnOf(start) - 1;
        int indent = 0;
        while (indent < text.length() && Character.isWhitespace(text.charAt(indent))) {
            indent++;
        }
        int end;
        if (col <= indent) {
            end = text.length();
            while (end > col && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        } else {
            end = col;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        int endChar = start.getLine() == 0 && lines.hasBom() ? end + 1 : end;
        return new Range(start, new Position(start.getLine(), Math.max(endChar, start.getCharacter())));
    }
}
