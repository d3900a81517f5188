package dev.speclint.core.document;

/**
 * One table cell.
 *
 * @param text the cell's source text, trimmed
 * @param line 1-based line
 * @param column 1-based column of the cell text's first character
 */
public record TableCell(String text, int line, int column) {
}
