package dev.speclint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Downsides|Drawbacks|true",
        "Tradeoffs|Drawbacks|true",
        "Trade-offs and mitigations|Drawbacks and mitigations|true",
        "Why?|Motivation|true",
        "Related work|Prior art|true",
        "Open Questions|Unresolved questions|true",
        "Abstract|Summary|true",
        // same key is not a synonym (the exact match handles it); nor are words that only overlap
        "Drawbacks|Drawbacks|false",
        "Rationale|Motivation|false",
        "Why not X?|Motivation|false",
        "Costs|Drawbacks|false",
        "Future Versions and Interoperability|Future possibilities|false",
        "Questions resolved during discussion|Unresolved questions|false",
    })
    void synonymousTitlesNameOneSectionInOtherWords(String a, String b, boolean expected) {
        assertThat(SectionKeys.synonymous(SectionKeys.of(a), SectionKeys.of(b))).isEqualTo(expected);
        assertThat(SectionKeys.synonymous(SectionKeys.of(b), SectionKeys.of(a))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. Problem & Goal|problem and goal",
        "Drawbacks [optional]|drawbacks",
        "(R) Design details documented|design details documented",
        "Unresolved questions:|unresolved questions",
    })
    void keysIgnoreNumberingMarkersAndTrailingColons(String title, String key) {
        assertThat(SectionKeys.of(title)).isEqualTo(key);
    }
}
