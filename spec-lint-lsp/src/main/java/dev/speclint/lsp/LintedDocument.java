package dev.speclint.lsp;

import dev.speclint.core.engine.SpecLinter;
import dev.speclint.lsp.assist.Finding;
import dev.speclint.lsp.convert.Positions;
import java.util.List;

/**
 * The last published lint of a buffer: what hover and code actions answer from.
 *
 * @param name the name the buffer was linted under
 * @param linter the linter it was linted with
 * @param positions the linted text's coordinates (a fix's edits are in them)
 * @param findings the published diagnostics and their violations
 */
record LintedDocument(String name, SpecLinter linter, Positions positions, List<Finding> findings) {

    LintedDocument {
        findings = List.copyOf(findings);
    }
}
