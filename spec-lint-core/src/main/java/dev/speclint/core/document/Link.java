package dev.speclint.core.document;

/**
 * A link or image in the document.
 *
 * @param kind how it was written
 * @param text the link text (alt text for images)
 * @param destination the target URL as written; for reference links, the definition's URL, or
 *     empty when the reference is not defined
 * @param line 1-based line of the link's first character
 * @param column 1-based column of the link's first character
 */
public record Link(Kind kind, String text, String destination, int line, int column) {

    /** How a link is written. */
    public enum Kind {
        /** {@code [text](url)} */
        INLINE,
        /** {@code [text][ref]}, {@code [ref][]} or {@code [ref]} with a definition */
        REFERENCE,
        /** {@code <https://...>} or a bare URL */
        AUTOLINK,
        /** {@code ![alt](url)} or {@code ![alt][ref]} */
        IMAGE
    }
}
