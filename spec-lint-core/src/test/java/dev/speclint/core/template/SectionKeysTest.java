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
        "Guide-level and reference-level explanation|Guide-level explanation|true|true",
        "Rationale, drawbacks and alternatives|Drawbacks|true|true",
        "Rationale, drawbacks|Drawbacks|true|true",
        "Problem & Goal|Goal|true|true",
        // one word more is not a join of sections
        "Drawbacks|Drawbacks|false|false",
        "Alternatives considered|Alternatives|false|false",
        "Android support|Drawbacks|false|false",
        "Sandbox, outline|Drawbacks|true|false",
    })
    void onlyTitlesThatMayJoinJoinSections(String title, String spec, boolean mayJoin, boolean joins) {
        String key = SectionKeys.of(title);
        String canonical = SectionKeys.canonical(key);
        assertThat(SectionKeys.mayJoin(key, canonical)).isEqualTo(mayJoin);
        assertThat(SectionKeys.joins(key, canonical, SectionKeys.canonical(SectionKeys.of(spec)))).isEqualTo(joins);
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Problems|problem,solve|true",
        "The problems|problem|true",
        // every word must be one of the stems, and there must be one
        "Problems and costs|problem|false",
        "Current problem statement|problem|false",
        "API|api|false",
        "Impact on ABI|impact|false",
        "Impact on users|impact,user|true",
        "Problems||false",
    })
    void everyWordOfTheTitleIsAStem(String title, String stems, boolean expected) {
        java.util.Set<String> set = stems == null ? java.util.Set.of() : java.util.Set.of(stems.split(","));
        assertThat(SectionKeys.wordsAllIn(SectionKeys.of(title), set)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void distinctStemsAreTheGuidanceWordsNoSiblingUses() {
        SectionSpec motivation = spec("Motivation", "Which problem does this solve? Explain the design need.");
        SectionSpec design = spec("Design", "Explain the design and the interfaces.");
        SectionSpec costs = spec("Drawbacks", "What are the problem areas? What would the interfaces cost?");
        java.util.List<SectionSpec> level = java.util.List.of(motivation, design, costs);
        assertThat(SectionKeys.distinctStems(motivation, level)).contains("solve", "need").doesNotContain("problem",
                "design", "explain");
        assertThat(SectionKeys.distinctStems(design, level)).isEmpty();
        assertThat(SectionKeys.distinctStems(costs, level)).contains("cost", "area").doesNotContain("interfac");
        assertThat(SectionSpec.withDistinctStems(level).get(0).distinctStems())
                .isEqualTo(SectionKeys.distinctStems(motivation, level));
    }

    private static SectionSpec spec(String title, String guidance) {
        return new SectionSpec(2, title, SectionKeys.of(title), true, false, 1, java.util.List.of(), java.util.List.of(),
                "", java.util.Set.of(), Since.ALWAYS, guidance);
    }

    /** The regex-free splitter gives the words {@code String.split} gave, empty ones aside. */
    @org.junit.jupiter.api.Test
    void wordsAreTheRunsOfLettersAndNumbers() {
        for (String text : java.util.List.of("", " ", "goals and non-goals", "`ExpressibleByStringInterpolation`",
                "--- a --- b ---", "rfc 1234: the 2nd try", "caf\u00e9 na\u00efve", "cafe\u0301 x", "x\u00b2 \u00bd \u2167 y",
                "\uD835\uDC00bc \uD83C\uDFAF goals", "ABI/API & CLI", "snake_case-and.dots", "\u4e2d\u6587 \u0627\u0644\u0639")) {
            java.util.List<String> expected = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).toList();
            assertThat(SectionKeys.words(text)).as(text).isEqualTo(expected);
        }
    }
}
