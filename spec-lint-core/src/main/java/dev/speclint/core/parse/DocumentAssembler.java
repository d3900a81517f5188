package dev.speclint.core.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.CodeBlock;
import dev.speclint.core.document.Heading;
import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SectionTree;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Turns one flexmark AST into a {@link SpecDocument}. Single use. Every walk is iterative, so
 * documents nested 100,000 deep cannot overflow the stack here.
 */
final class DocumentAssembler {

    private final String source;
    private final SourceText text;
    private final Document ast;
    private final List<String> lines;
    /** A copy of the text with what is not prose blanked out, made at the first blank; null before. */
    private char[] prose;
    /** The lines (0-based) where {@link #prose} blanked characters: only those can differ from {@link #lines}. */
    private final BitSet maskedLines = new BitSet();

    private final List<Heading> headings = new ArrayList<>();
    private final List<MetadataField> metadata = new ArrayList<>();
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<dev.speclint.core.document.Link> links = new ArrayList<>();
    private final List<CodeBlock> codeBlocks = new ArrayList<>();
    private final List<HtmlComment> comments = new ArrayList<>();
    private int sectionLine;

    DocumentAssembler(String source, SourceText text, Document ast) {
        this.source = source;
        this.text = text;
        this.ast = ast;
        this.lines = text.lines();
    }

    SpecDocument assemble() {
        boolean beforeFirstH2 = true;
        boolean contentSeen = false;
        for (Node block = ast.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.Heading h) {
                int line = line(h.getStartOffset());
                headings.add(new Heading(h.getLevel(), plainText(h), line, column(h.getStartOffset()), false));
                sectionLine = line;
                // the document's first heading, before any content, is its title whatever its level:
                // `## Name` then the metadata list is a header too
                beforeFirstH2 &= h.getLevel() < 2 || headings.size() == 1 && !contentSeen;
            } else {
                contentSeen |= isContent(block);
                if (isContent(block) && !headings.isEmpty()) {
                    markOwnContent();
                }
                if (beforeFirstH2 && (block instanceof Paragraph || block instanceof BulletList)) {
                    collectHeaderMetadata(block);
                }
            }
            walk(block);
        }
        List<String> proseLines = prose == null ? lines : text.linesWith(prose, maskedLines, lines);
        return new SpecDocument(source, lines, proseLines, metadata,
                SectionTree.build(headings, text.lineCount()), checklist, tables, links, codeBlocks, comments);
    }

    private void markOwnContent() {
        int last = headings.size() - 1;
        Heading h = headings.get(last);
        if (!h.ownContent()) {
            headings.set(last, new Heading(h.level(), h.title(), h.line(), h.column(), true));
        }
    }

    private static boolean isContent(Node block) {
        return !(block instanceof ThematicBreak || block instanceof HtmlCommentBlock || block instanceof Reference
                || block instanceof BlankLine);
    }

    private void collectHeaderMetadata(Node block) {
        int first = line(block.getStartOffset());
        int last = endLine(block);
        for (int ln = first; ln <= last; ln++) {
            MetadataLine m = MetadataLine.match(lines.get(ln - 1));
            if (m == null) {
                continue;
            }
            String value = m.value();
            int valueLine = ln;
            int valueIndex = m.valueIndex();
            if (value.isEmpty() && ln < last && !lines.get(ln).isBlank()
                    && (indent(lines.get(ln)) > indent(lines.get(ln - 1)) || MetadataLine.match(lines.get(ln)) == null
                    && !isListItem(lines.get(ln)))) {
                // `* Implementation:` with the value in a nested list, or a continuation line, below it
                valueLine = ln + 1;
                valueIndex = indent(lines.get(ln));
                value = lines.get(ln).strip();
            }
            metadata.add(new MetadataField(m.key(), value, ln, m.keyIndex() + 1,
                    valueLine == ln ? valueIndex + 1 : m.valueIndex() + 1, MetadataField.Origin.HEADER));
        }
    }

    private static boolean isListItem(String line) {
        String t = line.stripLeading();
        return t.length() > 1 && (t.charAt(0) == '-' || t.charAt(0) == '*' || t.charAt(0) == '+') && t.charAt(1) == ' ';
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Preorder walk of {@code root}'s subtree, iterative. */
    private void walk(Node root) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (visit(node)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    todo.push(child);
                }
            }
        }
    }

    /** Records what {@code node} contributes; returns whether to descend into its children. */
    private boolean visit(Node node) {
        if (node instanceof FencedCodeBlock f) {
            String info = BasedText.of(f.getInfo()).strip();
            int space = info.indexOf(' ');
            String language = space < 0 ? info : info.substring(0, space);
            codeBlocks.add(new CodeBlock(language, BasedText.joined(f.getContentLines()), line(f.getStartOffset()),
                    endLine(f), true));
            mask(node);
            return false;
        }
        if (node instanceof IndentedCodeBlock c) {
            codeBlocks.add(new CodeBlock("", BasedText.joined(c.getContentLines()), line(c.getStartOffset()), endLine(c), false));
            mask(node);
            return false;
        }
        if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment
                || node instanceof HtmlBlock || node instanceof HtmlInline) {
            collectComments(node);
            mask(node);
            return false;
        }
        if (node instanceof Code || node instanceof Reference || node instanceof Footnote) {
            mask(node);
            return false;
        }
        if (node instanceof Link l) {
            addLink(dev.speclint.core.document.Link.Kind.INLINE, l.getText(), BasedText.of(l.getUrl()), node);
            return false;
        }
        if (node instanceof Image i) {
            addLink(dev.speclint.core.document.Link.Kind.IMAGE, i.getText(), BasedText.of(i.getUrl()), node);
            return false;
        }
        if (node instanceof ImageRef r) {
            addLink(dev.speclint.core.document.Link.Kind.IMAGE, r.getText(), resolve(r), node);
            return false;
        }
        if (node instanceof LinkRef r) {
            if (!r.isDefined()) {
                return true; // `[Name]` without a definition is text: where placeholders live
            }
            BasedSequence label = r.isReferenceTextCombined() ? r.getReference() : r.getText();
            addLink(dev.speclint.core.document.Link.Kind.REFERENCE, label, resolve(r), node);
            return false;
        }
        if (node instanceof AutoLink || node instanceof MailLink) {
            addLink(dev.speclint.core.document.Link.Kind.AUTOLINK, node.getChildChars(), BasedText.of(node.getChildChars()),
                    node);
            return false;
        }
        if (node instanceof FootnoteBlock) {
            maskFootnoteLabel(node);
            return true;
        }
        if (node instanceof YamlFrontMatterBlock) {
            collectFrontMatter(node);
            mask(node);
            return false;
        }
        if (node instanceof TaskListItem item) {
            addChecklistItem(item);
            return true;
        }
        if (node instanceof TableBlock table) {
            addTable(table);
            return true;
        }
        return true;
    }

    private String resolve(com.vladsch.flexmark.ast.RefNode ref) {
        Reference reference = ref.getReferenceNode(ast);
        return reference == null ? "" : BasedText.of(reference.getUrl());
    }

    private void addLink(dev.speclint.core.document.Link.Kind kind, BasedSequence label, String destination, Node node) {
        links.add(new dev.speclint.core.document.Link(kind, BasedText.of(label), destination,
                line(node.getStartOffset()), column(node.getStartOffset())));
        mask(node);
    }

    private void addChecklistItem(TaskListItem item) {
        BasedSequence box = item.getMarkerSuffix();
        int boxEnd = box.isNull() ? item.getOpeningMarker().getEndOffset() : box.getEndOffset();
        int start = item.getStartOffset();
        int ln = line(start);
        String rest = lines.get(ln - 1);
        int from = Math.min(rest.length(), boxEnd - text.lineStarts()[ln - 1]);
        checklist.add(new ChecklistItem(item.isItemDoneMarker(), rest.substring(Math.max(0, from)).strip(), ln,
                column(start), sectionLine));
        if (box.isNotNull()) {
            mask(box.getStartOffset(), box.getEndOffset());
        }
    }

    private void addTable(TableBlock block) {
        List<dev.speclint.core.document.TableCell> header = new ArrayList<>();
        List<List<dev.speclint.core.document.TableCell>> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableSeparator) {
                continue; // the |---|:--:| delimiter row is neither header nor body
            }
            boolean isHead = part instanceof TableHead;
            if (!isHead && !(part instanceof TableBody)) {
                continue; // the separator row
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<dev.speclint.core.document.TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        BasedSequence content = c.getText().trim();
                        int offset = content.isEmpty() ? c.getStartOffset() : content.getStartOffset();
                        cells.add(new dev.speclint.core.document.TableCell(BasedText.of(content), line(offset),
                                column(offset)));
                    }
                }
                if (isHead && header.isEmpty()) {
                    header.addAll(cells);
                } else if (!isHead) {
                    rows.add(cells);
                }
            }
        }
        tables.add(new Table(header, rows, line(block.getStartOffset()), column(block.getStartOffset()), sectionLine));
    }

    private void collectFrontMatter(Node block) {
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof YamlFrontMatterNode entry) {
                BasedSequence key = entry.getKeySequence();
                List<BasedSequence> values = entry.getValuesSequences();
                String value = String.join(", ", entry.getValues()).strip();
                value = unquote(value);
                int valueOffset = values.isEmpty() ? key.getEndOffset() : values.get(0).getStartOffset();
                metadata.add(new MetadataField(entry.getKey().strip(), value, line(key.getStartOffset()),
                        column(key.getStartOffset()), column(valueOffset), MetadataField.Origin.FRONT_MATTER));
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private void collectComments(Node node) {
        String chars = BasedText.of(node.getChars());
        int base = node.getStartOffset();
        int from = 0;
        while (true) {
            int open = chars.indexOf("<!--", from);
            if (open < 0) {
                return;
            }
            int close = chars.indexOf("-->", open + 4);
            int bodyEnd = close < 0 ? chars.length() : close;
            int end = close < 0 ? chars.length() : close + 3;
            comments.add(new HtmlComment(chars.substring(open + 4, bodyEnd).strip(), line(base + open),
                    column(base + open), line(base + Math.max(open, end - 1))));
            if (close < 0) {
                return;
            }
            from = end;
        }
    }

    private void maskFootnoteLabel(Node block) {
        int start = block.getStartOffset();
        int ln = line(start);
        String lineText = lines.get(ln - 1);
        int lineStart = text.lineStarts()[ln - 1];
        int labelEnd = lineText.indexOf("]:", start - lineStart);
        if (labelEnd >= 0) {
            mask(start, lineStart + labelEnd + 2);
        }
    }

    /** Plain text of a heading: text and code span contents, markup and link targets dropped. */
    private static String plainText(Node heading) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node child = heading.getLastChild(); child != null; child = child.getPrevious()) {
            todo.push(child);
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Text) {
                BasedText.append(sb, node.getChars());
            } else if (node instanceof Code c) {
                BasedText.append(sb, c.getText());
            } else if (node instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (node instanceof LinkRef ref && !ref.isDefined()) {
                BasedText.append(sb, node.getChars()); // `[Name]` is text, brackets included
            } else if (node instanceof Footnote) {
                continue;
            } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
                continue;
            } else {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    todo.push(child);
                }
            }
        }
        return sb.toString().strip();
    }

    private void mask(Node node) {
        mask(node.getStartOffset(), node.getEndOffset());
    }

    private void mask(int start, int end) {
        int from = Math.max(0, start);
        int to = Math.min(end, text.text().length());
        if (from >= to) {
            return;
        }
        if (prose == null) {
            prose = text.text().toCharArray();
        }
        maskedLines.set(line(from) - 1, line(to - 1)); // 0-based lines
        for (int i = from; i < to; i++) {
            if (prose[i] != '\n') {
                prose[i] = ' ';
            }
        }
    }

    private int line(int offset) {
        return text.line(offset);
    }

    private int column(int offset) {
        return text.column(offset);
    }

    private int endLine(Node node) {
        return text.line(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
    }
}
