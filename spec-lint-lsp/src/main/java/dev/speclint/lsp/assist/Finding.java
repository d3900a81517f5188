package dev.speclint.lsp.assist;

import dev.speclint.core.rule.Violation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** A violation and the diagnostic it was published as. */
public record Finding(Violation violation, Diagnostic diagnostic) {

    /** Whether the diagnostic's range holds {@code p} (its end included: the cursor just after a token is on it). */
    public boolean covers(Position p) {
        Range r = diagnostic.getRange();
        return !before(p, r.getStart()) && !before(r.getEnd(), p);
    }

    /** Whether the diagnostic's range and {@code other} share a position. */
    public boolean overlaps(Range other) {
        Range r = diagnostic.getRange();
        return !before(other.getEnd(), r.getStart()) && !before(r.getEnd(), other.getStart());
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
    }
}
