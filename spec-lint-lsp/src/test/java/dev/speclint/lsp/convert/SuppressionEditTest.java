package dev.speclint.lsp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class SuppressionEditTest {

    @Test
    void insertsTheDocumentedCommentAboveTheLineWithItsIndentation() {
        LineIndex lines = LineIndex.of("# T\n\n- item\n  - [ ] nested TODO\n");
        TextEdit e = SuppressionEdit.above(lines, 3, "todo-marker");
        assertThat(e.getRange()).isEqualTo(new Range(new Position(3, 0), new Position(3, 0)));
        assertThat(e.getNewText()).isEqualTo("  <!-- spec-lint-disable-next-line todo-marker -->\n");
    }

    @Test
    void keepsACrlfBuffersLineEnding() {
        TextEdit e = SuppressionEdit.above(LineIndex.of("# T\r\n\tTODO\r\n"), 1, "todo-marker");
        assertThat(e.getNewText()).isEqualTo("\t<!-- spec-lint-disable-next-line todo-marker -->\r\n");
    }

    @Test
    void insertsAfterAByteOrderMarkOnTheFirstLine() {
        TextEdit e = SuppressionEdit.above(LineIndex.of("\uFEFFTODO\n"), 0, "todo-marker");
        assertThat(e.getRange().getStart()).isEqualTo(new Position(0, 1));
    }
}
