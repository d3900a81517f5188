package dev.speclint.core.document;

/**
 * A fenced or indented code block.
 *
 * @param language the info string's first word for fenced blocks ({@code ""} when none or indented)
 * @param content the block's content, without fences
 * @param line 1-based first line (the opening fence for fenced blocks)
 * @param endLine 1-based last line (the closing fence when present)
 * @param fenced whether it is a fenced block
 */
public record CodeBlock(String language, String content, int line, int endLine, boolean fenced) {
}
