package dev.speclint.core.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A node of the section tree: a top-level ATX or setext heading and everything up to the next
 * heading of the same or a higher level. Children are the deeper headings inside it.
 *
 * <p>Immutable once the parser has built the tree.
 */
public final class Section {

    private final int level;
    private final String title;
    private final String key;
    private final int line;
    private final int column;
    private final int endLine;
    private final boolean ownContent;
    private Section parent;
    private final List<Section> children = new ArrayList<>();

    /**
     * A section without parent or children; the parser links them as it builds the tree.
     *
     * @param level heading level, 1 to 6
     * @param title the heading's text as written, inline markup kept, closing {@code #}s dropped
     * @param line 1-based line of the heading
     * @param column 1-based column of the heading's first character
     * @param endLine 1-based last line of the section (the line before the next heading of the same or
     *     a higher level, or the document's last line)
     * @param ownContent whether the section has content of its own between its heading and its first
     *     subheading: any block other than a thematic break or an HTML comment
     */
    public Section(int level, String title, int line, int column, int endLine, boolean ownContent) {
        this.level = level;
        this.title = title;
        this.key = TitleKey.of(title);
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.ownContent = ownContent;
    }

    /** Links {@code child} under this section; for the parser only. */
    void addChild(Section child) {
        child.parent = this;
        children.add(child);
    }

    /**
     * The heading level.
     *
     * @return 1 to 6
     */
    public int level() {
        return level;
    }

    /**
     * The title as written (inline markup kept, closing {@code #}s dropped).
     *
     * @return the heading's text; empty for an empty heading
     */
    public String title() {
        return title;
    }

    /**
     * The match key, see {@link TitleKey}.
     *
     * @return the title case folded and whitespace collapsed
     */
    public String key() {
        return key;
    }

    /**
     * Where the heading is.
     *
     * @return 1-based line of the heading
     */
    public int line() {
        return line;
    }

    /**
     * Where the heading starts on its line.
     *
     * @return 1-based column of the heading's first character
     */
    public int column() {
        return column;
    }

    /**
     * Where the section ends, subsections included.
     *
     * @return 1-based last line: the line before the next heading of the same or a higher level, or
     *     the document's last line
     */
    public int endLine() {
        return endLine;
    }

    /**
     * The last line of the section's own text: the line before its first subsection, else {@link #endLine}.
     *
     * @return 1-based line; the heading's own line when a subsection follows it at once
     */
    public int ownEndLine() {
        return children.isEmpty() ? endLine : children.get(0).line() - 1;
    }

    /**
     * Whether the section has content of its own before its first subheading.
     *
     * @return true when a block other than a thematic break or an HTML comment follows the heading
     */
    public boolean hasOwnContent() {
        return ownContent;
    }

    /**
     * Whether the section or any descendant has content.
     *
     * @return true when this section or a subsection at any depth {@link #hasOwnContent has own content}
     */
    public boolean hasContent() {
        if (ownContent) {
            return true;
        }
        for (Section child : children) {
            if (child.hasContent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The enclosing section.
     *
     * @return the section this one is a child of, or empty for a root section
     */
    public Optional<Section> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The subsections one level down the tree.
     *
     * @return the child sections in document order, unmodifiable; empty when there are none
     */
    public List<Section> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * Whether {@code line} lies within this section (heading included).
     *
     * @param line 1-based line
     * @return true when the line is between {@link #line()} and {@link #endLine()}, both included
     */
    public boolean contains(int line) {
        return line >= this.line && line <= endLine;
    }

    @Override
    public String toString() {
        return "#".repeat(level) + " " + title + " (line " + line + "-" + endLine + ")";
    }
}
