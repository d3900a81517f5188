package dev.speclint.lsp.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class PositionsTest {

    private static Positions of(String text) {
        return new Positions(LineIndex.of(text));
    }

    private static Violation at(int line, int column) {
        return new Violation("a.md", line, column, "some-rule", Severity.WARNING, "m");
    }

    @Test
    void linesAndColumnsBecomeZeroBased() {
        assertThat(of("a\nbcd\n").toLsp(2, 3)).isEqualTo(new Position(1, 2));
    }

    @Test
    void columnsCountUtf16UnitsSoAnAstralCharacterIsTwo() {
        // "😀" is one code point, two UTF-16 units (0-based 2 and 3): "word" starts at column 6
        String text = "x 😀 word\n";
        Range r = Diagnostics.range(at(1, 6), of(text));
        assertThat(r.getStart()).isEqualTo(new Position(0, 5));
        assertThat(r.getEnd()).isEqualTo(new Position(0, 9));
    }

    @Test
    void crlfAndLoneCrEndLinesAsSpecLintCountsThem() {
        LineIndex lines = LineIndex.of("one\r\ntwo\rthree\n");
        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.line(0)).isEqualTo("one");
        assertThat(lines.line(1)).isEqualTo("two");
        assertThat(lines.line(2)).isEqualTo("three");
        assertThat(lines.lineEnding()).isEqualTo("\r\n");
        // the line ending is not part of a range that runs to the end of the line
        assertThat(Diagnostics.range(at(1, 1), new Positions(lines)).getEnd()).isEqualTo(new Position(0, 3));
    }

    @Test
    void aByteOrderMarkShiftsLineOneOnlyAndIsNotLinted() {
        LineIndex lines = LineIndex.of("\uFEFF# Title\nsecond\n");
        Positions p = new Positions(lines);
        assertThat(lines.textWithoutBom()).startsWith("# Title");
        assertThat(p.toLsp(1, 1)).isEqualTo(new Position(0, 1));
        assertThat(p.toLsp(2, 1)).isEqualTo(new Position(1, 0));
        assertThat(Diagnostics.range(at(1, 1), p)).isEqualTo(new Range(new Position(0, 1), new Position(0, 8)));
    }

    @Test
    void aFindingAtALinesStartSpansItsTextAndOneInsideSpansItsToken() {
        Positions p = of("  **Status:** Done  \n");
        assertThat(Diagnostics.range(at(1, 3), p)).isEqualTo(new Range(new Position(0, 2), new Position(0, 18)));
        assertThat(Diagnostics.range(at(1, 15), p)).isEqualTo(new Range(new Position(0, 14), new Position(0, 18)));
    }

    @Test
    void positionsPastTheEndAreClampedToIt() {
        Positions p = of("ab\ncd");
        assertThat(p.toLsp(9, 1)).isEqualTo(new Position(1, 2));
        assertThat(p.toLsp(1, 9)).isEqualTo(new Position(0, 2));
    }

    @Test
    void aFixsNewlinesBecomeTheBuffersLineEnding() {
        Positions p = of("# T\r\n\r\n## A\r\n");
        Fix fix = Fix.of("Insert section 'B'", dev.speclint.core.rule.TextEdit.insert(3, 1, "## B\n\n"));
        TextEdit e = Edits.of(fix, "file:///a.md", p).getChanges().get("file:///a.md").get(0);
        assertThat(e.getNewText()).isEqualTo("## B\r\n\r\n");
        assertThat(e.getRange()).isEqualTo(new Range(new Position(2, 0), new Position(2, 0)));
    }
}
