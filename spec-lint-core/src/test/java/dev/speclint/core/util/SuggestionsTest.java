package dev.speclint.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void uniqueGivesTheOneNearCandidate() {
        assertThat(Suggestions.unique("requried-section", List.of("required-section", "section-level")))
                .contains("required-section");
    }

    @Test
    void uniqueGivesNothingOnATieOrWhenNothingIsNear() {
        assertThat(Suggestions.unique("rule-b", List.of("rule-a", "rule-c"))).isEmpty();
        assertThat(Suggestions.unique("zzzzzzzz", List.of("required-section"))).isEmpty();
        assertThat(Suggestions.unique("rule-a", List.of("rule-a"))).isEmpty();
    }
}
