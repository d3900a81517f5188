package dev.speclint.lsp.assist;

import dev.speclint.lsp.convert.Edits;
import dev.speclint.lsp.convert.Positions;
import dev.speclint.lsp.convert.SuppressionEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The quick fixes of findings: the rule's own fix when it offers one (preferred), and "Disable RULE
 * for this line", which inserts a {@code spec-lint-disable-next-line} comment above the finding's
 * line (once per rule and line however many findings share them).
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    public static List<CodeAction> of(String uri, Positions positions, List<Finding> findings) {
        List<CodeAction> fixes = new ArrayList<>();
        List<CodeAction> disables = new ArrayList<>();
        Set<String> disabled = new HashSet<>();
        for (Finding f : findings) {
            String rule = f.violation().rule();
            if (f.violation().hasFix()) {
                CodeAction a = new CodeAction(f.violation().fix().description());
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(f.diagnostic()));
                a.setIsPreferred(true);
                a.setEdit(Edits.of(f.violation().fix(), uri, positions));
                fixes.add(a);
            }
            int line = f.diagnostic().getRange().getStart().getLine();
            if (disabled.add(rule + "@" + line)) {
                CodeAction a = new CodeAction("Disable " + rule + " for this line");
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(f.diagnostic()));
                a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(SuppressionEdit.above(positions.lines(), line, rule)))));
                disables.add(a);
            }
        }
        fixes.addAll(disables);
        return fixes;
    }
}
