package dev.speclint.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A parsed spec: its section tree and the elements rules look at, each with a 1-based line and
 * column. Immutable.
 *
 * @param source the file's display path (forward slashes), or a name given by the caller
 * @param lines the source lines, BOM dropped, without line terminators (CRLF, CR and LF each end one)
 * @param proseLines the same lines with everything that is not prose blanked out by spaces, columns
 *     kept: code spans and blocks, links and their targets, images, autolinks, HTML, footnote
 *     references, reference definitions, task boxes, front matter. Rules that look for text
 *     (placeholders, residue) read these.
 * @param metadata header fields and front matter keys, in document order
 * @param sections the root sections (usually the H1), in document order
 * @param checklist every task item, in document order
 * @param tables every table, in document order
 * @param links every link and image, in document order
 * @param codeBlocks every fenced and indented code block, in document order (by first line)
 * @param comments every HTML comment, in document order
 */
public record SpecDocument(
        String source,
        List<String> lines,
        List<String> proseLines,
        List<MetadataField> metadata,
        List<Section> sections,
        List<ChecklistItem> checklist,
        List<Table> tables,
        List<Link> links,
        List<CodeBlock> codeBlocks,
        List<HtmlComment> comments) {

    /**
     * Copies the lists and puts the code blocks in line order.
     *
     * @param source the file's display path (forward slashes), or a name given by the caller
     * @param lines the source lines, BOM dropped, without line terminators
     * @param proseLines the same lines with everything that is not prose blanked out by spaces
     * @param metadata header fields and front matter keys, in document order
     * @param sections the root sections, in document order
     * @param checklist every task item, in document order
     * @param tables every table, in document order
     * @param links every link and image, in document order
     * @param codeBlocks every code block, in any order
     * @param comments every HTML comment, in document order
     */
    public SpecDocument {
        lines = List.copyOf(lines);
        proseLines = List.copyOf(proseLines);
        metadata = List.copyOf(metadata);
        sections = List.copyOf(sections);
        checklist = List.copyOf(checklist);
        tables = List.copyOf(tables);
        links = List.copyOf(links);
        codeBlocks = inLineOrder(codeBlocks);
        comments = List.copyOf(comments);
    }

    private static List<CodeBlock> inLineOrder(List<CodeBlock> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).line() < blocks.get(i - 1).line()) {
                List<CodeBlock> sorted = new ArrayList<>(blocks);
                sorted.sort(java.util.Comparator.comparingInt(CodeBlock::line));
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(blocks);
    }

    /**
     * The title: the first H1's text, else the {@code Title} metadata field, else empty.
     *
     * @return the title as written (inline markup kept); empty, never null, when there is none
     */
    public String title() {
        for (Section s : allSections()) {
            if (s.level() == 1) {
                return s.title();
            }
        }
        return metadataValue("title").orElse("");
    }

    /**
     * Every section in document order (depth first).
     *
     * @return the roots and all their descendants, each parent before its children
     */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        Deque<Section> todo = new ArrayDeque<>();
        for (int i = sections.size() - 1; i >= 0; i--) {
            todo.push(sections.get(i));
        }
        while (!todo.isEmpty()) {
            Section s = todo.pop();
            out.add(s);
            List<Section> children = s.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return out;
    }

    /**
     * The first metadata field whose key matches {@code key} (by {@link TitleKey}).
     *
     * @param key a field name, compared in its {@link MetadataField#keyOf match form}
     * @return the field, or empty when the document has none of that name
     */
    public Optional<MetadataField> metadataField(String key) {
        String wanted = MetadataField.keyOf(key);
        return metadata.stream().filter(f -> f.normalizedKey().equals(wanted)).findFirst();
    }

    /**
     * The value of the first metadata field whose key matches {@code key}.
     *
     * @param key a field name, compared in its {@link MetadataField#keyOf match form}
     * @return the field's trimmed value (empty when the field has none), or empty when there is no
     *     such field
     */
    public Optional<String> metadataValue(String key) {
        return metadataField(key).map(MetadataField::value);
    }

    /**
     * The deepest section holding {@code line}, if any.
     *
     * @param line 1-based line
     * @return the innermost section whose heading-to-end range holds the line, or empty for a line
     *     before the first heading or outside the document
     */
    public Optional<Section> sectionAt(int line) {
        Section found = null;
        List<Section> level = sections;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.contains(line)) {
                    found = s;
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether {@code line} (1-based) lies inside a code block, fences included.
     *
     * @param line 1-based line
     * @return true when a fenced or indented code block spans the line
     */
    public boolean inCodeBlock(int line) {
        // code blocks are leaves of the tree: in document order they never overlap, so the only
        // candidate is the last block starting at or before the line (binary search: rules ask per line)
        int lo = 0;
        int hi = codeBlocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codeBlocks.get(mid).line() <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && line <= codeBlocks.get(found).endLine();
    }

    /**
     * The number of lines.
     *
     * @return the size of {@link #lines()}
     */
    public int lineCount() {
        return lines.size();
    }
}
