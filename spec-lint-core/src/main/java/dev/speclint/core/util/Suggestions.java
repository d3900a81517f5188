package dev.speclint.core.util;

import java.util.Collection;

/** "Did you mean" hints by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"} for the nearest candidate within a few edits, else {@code ""}. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        // only a candidate within the threshold and nearer than the best so far can be the answer: the
        // distance is computed only that far (a document may have hundreds of headings for each broken link)
        String best = null;
        int bestDistance = threshold(wrong) + 1;
        for (String c : candidates) {
            int budget = bestDistance - 1;
            if (Math.abs(c.length() - wrong.length()) > budget) {
                continue;
            }
            int d = distance(wrong, c, budget);
            if (d <= budget) {
                bestDistance = d;
                best = c;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /**
     * The one candidate nearest {@code wrong} within a few edits (the threshold of
     * {@link #didYouMean}); empty when none is that near or several are equally near, so that a
     * fix never has to guess between them.
     */
    public static java.util.Optional<String> unique(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
            int d = distance(wrong, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
                tie = false;
            } else if (d == bestDistance && !c.equals(best)) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance == 0 || bestDistance > threshold(wrong)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(best);
    }

    /** How many edits away a candidate may be and still be suggested for {@code wrong}. */
    private static int threshold(String wrong) {
        return Math.max(2, wrong.length() / 3);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance, or {@code budget + 1} as soon as it must exceed {@code budget} (a row
     * whose smallest entry is over the budget can only grow).
     */
    public static int distance(String a, String b, int budget) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > budget) {
                return budget + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
