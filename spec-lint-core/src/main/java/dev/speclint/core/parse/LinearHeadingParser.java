package dev.speclint.core.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Recognizes ATX ({@code ## Title ##}) and setext ({@code Title} over {@code ===} or {@code ---}) headings as the
 * CommonMark spec (0.31.2, sections 4.2 and 4.3) defines them, in place of flexmark's own heading factory, which
 * copies the whole open paragraph on every line it looks at: a 100,000-row table (a paragraph until it closes) took
 * minutes. This one looks at the current line only, and at the paragraph's lines once, when a setext underline
 * actually closes a paragraph. It builds the same {@link com.vladsch.flexmark.ast.Heading} nodes (flexmark's
 * {@link HeadingParser} holds them), so the AST is the same: {@code SameAstAsFlexmarkTest} proves it on the corpus
 * and on every CommonMark spec example.
 *
 * <p>Only flexmark's default heading options are supported (space required after {@code #}, up to three spaces of
 * indent, any underline length); {@link SpecParser} uses those. Register it with
 * {@link Parser#HEADING_PARSER} set to false.
 */
final class LinearHeadingParser implements Parser.ParserExtension {

    static LinearHeadingParser create() {
        return new LinearHeadingParser();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** Where the factory runs: after block quotes, before the blocks a heading line could also start. */
    static final class Factory implements CustomBlockParserFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            // `Title\n---` is a setext heading, not a paragraph and a thematic break or an empty list item
            return Set.of(FencedCodeBlockParser.Factory.class, HtmlBlockParser.Factory.class,
                    ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
                    IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new Starter(Parser.HEADING_CAN_INTERRUPT_ITEM_PARAGRAPH.get(options));
        }
    }

    /** Tries each line. */
    private static final class Starter implements BlockParserFactory {

        private final boolean canInterruptItemParagraph;

        Starter(boolean canInterruptItemParagraph) {
            this.canInterruptItemParagraph = canInterruptItemParagraph;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4 || state.getActiveBlockParser() instanceof FencedCodeBlockParser) {
                return BlockStart.none();
            }
            BlockParser matchedParser = matched.getBlockParser();
            boolean inParagraph = matchedParser.isParagraphParser();
            if (!canInterruptItemParagraph && inParagraph && firstParagraphOfItem(matchedParser.getBlock())) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            char c = first < line.length() ? line.charAt(first) : '\n';
            if (c != '#' && !(inParagraph && (c == '=' || c == '-'))) {
                return BlockStart.none(); // neither an ATX opening nor a setext underline: most lines of prose
            }
            BasedSequence rest = line.subSequence(first, line.length());
            BlockStart atx = atx(line, rest);
            if (atx != null) {
                return atx;
            }
            if (inParagraph && isSetextUnderline(rest)) {
                return setext(line, rest, matched);
            }
            return BlockStart.none();
        }

        private static boolean firstParagraphOfItem(Block paragraph) {
            Block parent = paragraph.getParent();
            return parent instanceof ListItem && parent.getFirstChild() == paragraph;
        }

        /** An ATX heading: 1-6 {@code #}, then a space, a tab or the end of the line; optional closing {@code #}s. */
        private static BlockStart atx(BasedSequence line, BasedSequence rest) {
            int hashes = 0;
            while (hashes < rest.length() && rest.charAt(hashes) == '#') {
                hashes++;
            }
            if (hashes == 0 || hashes > 6 || (hashes < rest.length() && !isBlank(rest.charAt(hashes)))) {
                return null;
            }
            int textStart = hashes;
            while (textStart < rest.length() && isBlank(rest.charAt(textStart))) {
                textStart++;
            }
            BasedSequence content = rest.subSequence(textStart, rest.length());
            // a closing sequence: #s at the end (trailing blanks aside), at the start or after a blank
            int end = content.length();
            while (end > 0 && isBlank(content.charAt(end - 1))) {
                end--;
            }
            int closeStart = end;
            while (closeStart > 0 && content.charAt(closeStart - 1) == '#') {
                closeStart--;
            }
            BasedSequence closing = null;
            BasedSequence text = content;
            if (closeStart < end && (closeStart == 0 || isBlank(content.charAt(closeStart - 1)))) {
                closing = content.subSequence(closeStart, end);
                text = content.subSequence(0, closeStart);
            }
            HeadingParser heading = new HeadingParser(hashes);
            Heading node = (Heading) heading.getBlock();
            node.setOpeningMarker(rest.subSequence(0, hashes));
            node.setText(text.trim());
            node.setClosingMarker(closing);
            node.setCharsFromContent();
            return BlockStart.of(heading).atIndex(line.length());
        }

        /** A setext underline: only {@code =} or only {@code -}, then blanks. */
        private static boolean isSetextUnderline(BasedSequence rest) {
            if (rest.length() == 0 || (rest.charAt(0) != '=' && rest.charAt(0) != '-')) {
                return false;
            }
            char marker = rest.charAt(0);
            int i = 0;
            while (i < rest.length() && rest.charAt(i) == marker) {
                i++;
            }
            while (i < rest.length() && isBlank(rest.charAt(i))) {
                i++;
            }
            return i == rest.length();
        }

        /** The open paragraph becomes the heading's text; only now are its lines read. */
        private static BlockStart setext(BasedSequence line, BasedSequence rest, MatchedBlockParser matched) {
            BlockContent paragraph = new BlockContent();
            paragraph.addAll(matched.getParagraphLines(), matched.getParagraphEolLengths());
            HeadingParser heading = new HeadingParser(rest.charAt(0) == '=' ? 1 : 2);
            Heading node = (Heading) heading.getBlock();
            node.setText(paragraph.getContents().trim());
            node.setClosingMarker(line.trim());
            node.setCharsFromContent();
            return BlockStart.of(heading).atIndex(line.length()).replaceActiveBlockParser();
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t';
        }
    }
}
