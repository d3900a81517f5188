package dev.speclint.core.testing;

/** Text checks the fix tests share. */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether every character of {@code original} appears in {@code result}, in order: an edit that
     * only inserts keeps the original as a subsequence.
     */
    public static boolean isSubsequence(String original, String result) {
        int j = 0;
        for (int i = 0; i < result.length() && j < original.length(); i++) {
            if (result.charAt(i) == original.charAt(j)) {
                j++;
            }
        }
        return j == original.length();
    }
}
