package dev.speclint.core.document;

/**
 * An HTML comment, block or inline ({@code <!-- ... -->}); where inline suppressions live.
 *
 * @param body the text between {@code <!--} and {@code -->}, trimmed
 * @param line 1-based line of {@code <!--}
 * @param column 1-based column of {@code <!--}
 * @param endLine 1-based line of {@code -->}
 */
public record HtmlComment(String body, int line, int column, int endLine) {
}
