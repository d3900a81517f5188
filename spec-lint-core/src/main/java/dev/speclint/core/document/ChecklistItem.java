package dev.speclint.core.document;

/**
 * A GFM task item ({@code - [ ] text}, {@code * [x] text}, {@code 1. [X] text}).
 *
 * @param checked whether the box is ticked
 * @param text the item's text as written in the source after the box (first line, trimmed), with
 *     inline markup kept, e.g. {@code ~~Rate limiting~~ (N/A)}
 * @param line 1-based line of the list marker
 * @param column 1-based column of the list marker
 * @param sectionLine heading line of the owning section, or 0 when the item precedes every heading
 */
public record ChecklistItem(boolean checked, String text, int line, int column, int sectionLine) {

    /**
     * The item's text without markup, case folded and whitespace collapsed, for matching.
     *
     * @return the text without {@code ~~}, {@code **} and backticks, in {@link TitleKey} form
     */
    public String key() {
        return TitleKey.of(text.replace("~~", "").replace("**", "").replace("`", ""));
    }
}
