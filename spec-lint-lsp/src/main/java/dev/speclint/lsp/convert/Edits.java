package dev.speclint.lsp.convert;

import dev.speclint.core.rule.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** A rule's {@link Fix} as protocol edits of the buffer it was found in. */
public final class Edits {

    private Edits() {
    }

    /**
     * One core edit: positions converted, {@code "\n"} in the new text written as the buffer's own
     * line ending (a CRLF buffer stays CRLF).
     */
    public static TextEdit of(dev.speclint.core.rule.TextEdit e, Positions positions) {
        Position start = positions.toLsp(e.startLine(), e.startColumn());
        Position end = positions.toLsp(e.endLine(), e.endColumn());
        String eol = positions.lines().lineEnding();
        String text = eol.equals("\n") ? e.newText() : e.newText().replace("\n", eol);
        return new TextEdit(new Range(start, end), text);
    }

    /** Every edit of {@code fix}, for the buffer at {@code uri}. */
    public static WorkspaceEdit of(Fix fix, String uri, Positions positions) {
        List<TextEdit> edits = new ArrayList<>(fix.edits().size());
        for (dev.speclint.core.rule.TextEdit e : fix.edits()) {
            edits.add(of(e, positions));
        }
        return new WorkspaceEdit(Map.of(uri, edits));
    }
}
