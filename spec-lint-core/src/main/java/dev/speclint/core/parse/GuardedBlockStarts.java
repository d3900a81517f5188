package dev.speclint.core.parse;

import com.vladsch.flexmark.parser.Parser;
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
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's own fenced code, HTML block, thematic break and list factories, in their own order, each asked only
 * about a line whose first non-blank character can open its block ({@code `} or {@code ~}; {@code <};
 * {@code *}, {@code -} or {@code _}; a list item marker or a digit). Three of them match a regular expression
 * against the rest of every line they are asked about, and most lines of a spec are prose that starts with a
 * letter: in a C1-compiled run that was 5% of the parse. Each factory decides exactly as before on the lines it
 * is still asked about, so the AST is the same ({@code SameAstAsFlexmarkTest} compares it with flexmark's own on
 * the corpus and on every CommonMark spec example).
 *
 * <p>Only flexmark's default options for these blocks are supported; {@link SpecParser} uses those. With the
 * default options no block parser refuses to be interrupted by one factory and not another, so the four can share
 * one place in the factory list.
 */
final class GuardedBlockStarts implements Parser.ParserExtension {

    static GuardedBlockStarts create() {
        return new GuardedBlockStarts();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** Where flexmark puts the four: after block quotes and headings, before indented code. */
    static final class Factory implements CustomBlockParserFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class,
                    LinearHeadingParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new Starter(List.of(
                    new Guarded("`~", new FencedCodeBlockParser.Factory().apply(options)),
                    new Guarded("<", new HtmlBlockParser.Factory().apply(options)),
                    new Guarded("*-_", new ThematicBreakParser.Factory().apply(options)),
                    new Guarded(Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789",
                            new ListBlockParser.Factory().apply(options))));
        }
    }

    /** One of flexmark's factories and the characters a line it can start begins with. */
    private record Guarded(String opening, BlockParserFactory factory) {
    }

    /** Asks each factory in turn, as flexmark would, skipping those the line's first character rules out. */
    private static final class Starter implements BlockParserFactory {

        private final List<Guarded> factories;

        Starter(List<Guarded> factories) {
            this.factories = factories;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            if (first >= line.length()) {
                return BlockStart.none();
            }
            char c = line.charAt(first);
            for (Guarded g : factories) {
                if (g.opening().indexOf(c) >= 0) {
                    BlockStart start = g.factory().tryStart(state, matched);
                    if (start != null) {
                        return start;
                    }
                }
            }
            return BlockStart.none();
        }
    }
}
