package dev.speclint.core.template;

/**
 * A placeholder found on a line.
 *
 * @param text the placeholder as written, e.g. {@code [Feature/Component Name]}
 * @param start 0-based index of its first character in the line
 */
public record Placeholder(String text, int start) {

    /**
     * The 1-based column of its first character.
     *
     * @return {@code start + 1}
     */
    public int column() {
        return start + 1;
    }
}
