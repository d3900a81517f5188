package dev.speclint.core.document;

/**
 * A top-level heading as found by the parser, before the tree is built.
 *
 * @param level 1 to 6
 * @param title the title as written, closing {@code #}s dropped
 * @param line 1-based line
 * @param column 1-based column
 * @param ownContent whether a content block follows before the next heading
 */
public record Heading(int level, String title, int line, int column, boolean ownContent) {
}
