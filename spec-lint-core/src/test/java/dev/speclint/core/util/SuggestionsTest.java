package dev.speclint.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void uniqueGivesTheOneNearCandidate() {
        assertThat(Suggestions.unique("requried-section", List.of("required-section", "section-level")))
                .contains("required-section");
    }

    @Test
    void didYouMeanGivesTheFirstNearestCandidateWithinAThirdOfTheWord() {
        assertThat(Suggestions.didYouMean("motivaton", List.of("summary", "motivation", "motivations")))
                .isEqualTo(" (did you mean 'motivation'?)");
        assertThat(Suggestions.didYouMean("ab", List.of("xy", "ba"))).isEqualTo(" (did you mean 'xy'?)");
        assertThat(Suggestions.didYouMean("summary", List.of("drawbacks", "alternatives"))).isEmpty();
        assertThat(Suggestions.didYouMean("summary", List.of())).isEmpty();
    }

    /** The bounded search gives what the nearest of all candidates by full edit distance gives. */
    @Test
    void didYouMeanIsTheNearestOfAllByFullDistance() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String wrong = word(random);
            List<String> candidates = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                candidates.add(random.nextBoolean() ? word(random) : mutate(wrong, random));
            }
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String c : candidates) {
                int d = Suggestions.distance(wrong, c);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            String expected = best == null || bestDistance > Math.max(2, wrong.length() / 3) ? ""
                    : " (did you mean '" + best + "'?)";
            assertThat(Suggestions.didYouMean(wrong, candidates)).as("%s in %s", wrong, candidates).isEqualTo(expected);
        }
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            sb.append((char) ('a' + random.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(String s, Random random) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = random.nextInt(4); i > 0; i--) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, (char) ('a' + random.nextInt(4)));
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void uniqueGivesNothingOnATieOrWhenNothingIsNear() {
        assertThat(Suggestions.unique("rule-b", List.of("rule-a", "rule-c"))).isEmpty();
        assertThat(Suggestions.unique("zzzzzzzz", List.of("required-section"))).isEmpty();
        assertThat(Suggestions.unique("rule-a", List.of("rule-a"))).isEmpty();
    }
}
