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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "proposal|propos",
        "proposed|propos",
        "proposals|propos",
        "implementation|implement",
        "implemented|implement",
        "design|design",
        // too short to lose a suffix: a four-letter stem must remain
        "uses|uses",
        "ideas|idea",
    })
    void stemsDropOneSuffix(String word, String stem) {
        assertThat(SectionKeys.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Proposal|Explain the proposal as if it was already included in the language.|true",
        "Detailed proposal|Explain more fully how the detailed proposal makes those examples work.|true",
        "Implementation|It is reasonably clear how the feature would be implemented.|true",
        "Proposed solution|Describe the proposals neutrally.|true",
        // fillers and short words name nothing; nor does an empty guidance
        "About this section|What this section is about.|false",
        "Schedule|Describe the plan of the team.|false",
        "API|Describe the API.|false",
        "Proposal||false",
        "Security|Explain if and how this proposal will affect existing packages.|false",
    })
    void aTitleIsDescribedByAWordOfTheGuidance(String title, String guidance, boolean expected) {
        assertThat(SectionKeys.describedBy(SectionKeys.of(title), SectionKeys.stems(guidance == null ? "" : guidance)))
                .isEqualTo(expected);
    }
}
