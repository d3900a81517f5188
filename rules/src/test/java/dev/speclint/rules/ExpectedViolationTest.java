package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code .expected} line syntax the fixtures are written in. */
class ExpectedViolationTest {

    private static final Path FILE = Path.of("fixtures/empty-section/case.expected");

    @Test
    void aLineWithoutFragmentAcceptsAnyMessage() {
        ExpectedViolation e = ExpectedViolation.parse(FILE, 2, "9:1   empty-section");

        assertThat(e.where()).isEqualTo("9:1 empty-section");
        assertThat(e.fragment()).isEmpty();
        assertThat(e.accepts("section 'Goals' is empty")).isTrue();
    }

    @Test
    void theRestOfTheLineIsOneLiteralFragment() {
        ExpectedViolation e = ExpectedViolation.parse(FILE, 2, "9:1 empty-section 'Goals' is  empty");

        assertThat(e.fragment()).isEqualTo("'Goals' is  empty");
        assertThat(e.accepts("section 'Goals' is  empty: write its content")).isTrue();
        assertThat(e.accepts("section 'Goals' is empty: write its content")).isFalse();
        assertThat(e.accepts("section Goals is  empty")).as("quotes are part of the fragment").isFalse();
    }

    @Test
    void aGapStandsForAnyTextBetweenFragmentsInOrder() {
        ExpectedViolation e = ExpectedViolation.parse(FILE, 2, "27:1 section-order 'Pros' ... before 'Cons'");

        assertThat(e.accepts("section 'Pros' is out of the template's order: it belongs before 'Cons'")).isTrue();
        assertThat(e.accepts("it belongs before 'Cons', not 'Pros'")).as("order counts").isFalse();
        assertThat(e.accepts("section 'Pros' is out of the template's order")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty-section 9:1", "9 empty-section", "9:1", "0:1 empty-section", "9:1 Empty-Section",
        "9:1,empty-section", "line 9:1 empty-section"})
    void aLineNotOfTheSyntaxFailsNamingFileAndLine(String line) {
        assertThatThrownBy(() -> ExpectedViolation.parse(FILE, 4, line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(FILE + ":4: cannot read expected violation \"" + line + "\"")
                .hasMessageContaining("LINE:COLUMN rule-id");
    }
}
