package dev.speclint.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SpecFilterTest {

    /** 7/9 sections (77%), 3/4 ticked (75%), 2 placeholders, 1 error, 0 warnings. */
    static final SpecEntry ENTRY = new SpecEntry("docs/SPEC-A-1.md", "SPEC-A-1", "Retry budget", "Approved",
            "Ann", "2026-03-14", "", 7, 9, 3, 4, 2, 1, 0, Map.of("x", 1), true);

    private static boolean holds(String expression) {
        Predicate<SpecEntry> p = SpecFilter.parse(expression);
        return p.test(ENTRY);
    }

    @Test
    void numbersAndPercentages() {
        assertThat(holds("checklist<100%")).isTrue();
        assertThat(holds("checklist<75%")).isFalse();
        assertThat(holds("checklist<=75")).isTrue();
        assertThat(holds("sections=77%")).isTrue();
        assertThat(holds("placeholders>0")).isTrue();
        assertThat(holds("errors>=1")).isTrue();
        assertThat(holds("warnings!=0")).isFalse();
        assertThat(holds("findings==1")).isTrue();
    }

    @Test
    void textIgnoresCase() {
        assertThat(holds("status=approved")).isTrue();
        assertThat(holds("status != Draft")).isTrue();
        assertThat(holds("title~'retry b'")).isTrue();
        assertThat(holds("title~\"budget\"")).isTrue();
        assertThat(holds("created>2026-01-01")).isTrue();
        assertThat(holds("created<2026-03-01")).isFalse();
    }

    @Test
    void allConditionsMustHold() {
        assertThat(holds("checklist<100% and status=Approved")).isTrue();
        assertThat(holds("checklist<100%, status=Draft")).isFalse();
        assertThat(holds("errors>0 && placeholders>1 AND sections<100%")).isTrue();
    }

    @Test
    void aCheckListlessSpecIsComplete() {
        SpecEntry none = new SpecEntry("a.md", "A", "", "", "", "", "", 0, 0, 0, 0, 0, 0, 0, Map.of(), true);
        assertThat(SpecFilter.parse("checklist<100%").test(none)).isFalse();
        assertThat(SpecFilter.parse("sections=100%").test(none)).isTrue();
    }

    @Test
    void badExpressionsSayWhatAndWhere() {
        assertThatThrownBy(() -> SpecFilter.parse("")).hasMessageContaining("expected FIELD OP VALUE")
                .hasMessageContaining(SpecFilter.USAGE);
        assertThatThrownBy(() -> SpecFilter.parse("colour=red")).hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> SpecFilter.parse("errors>many")).hasMessageContaining("'many' is not a whole number");
        assertThatThrownBy(() -> SpecFilter.parse("errors>5%")).hasMessageContaining("'5%' is not a whole number");
        assertThatThrownBy(() -> SpecFilter.parse("errors~1")).hasMessageContaining("'~' compares text");
        assertThatThrownBy(() -> SpecFilter.parse("errors>0 or warnings>0"))
                .hasMessageContaining("at character 10: expected 'and'");
        assertThatThrownBy(() -> SpecFilter.parse("errors>0 and"))
                .hasMessageContaining("at character 13: expected FIELD OP VALUE");
    }
}
