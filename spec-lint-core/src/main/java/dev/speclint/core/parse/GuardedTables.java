package dev.speclint.core.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.Set;

/**
 * flexmark's GFM table pre-processor (what {@code TablesExtension} registers for parsing), asked only about a
 * paragraph with a {@code |} in it: every row of a table, its delimiter row included, has one. flexmark's reads
 * the paragraph's lines one {@code charAt} at a time for that same answer, on every paragraph of prose; here it is
 * one loop over the document's characters. The tables it builds are the same ({@code SameAstAsFlexmarkTest}).
 */
final class GuardedTables implements Parser.ParserExtension {

    static GuardedTables create() {
        return new GuardedTables();
    }

    @Override
    public void parserOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {
        // TablesExtension sets none either: its options are read where tables are parsed
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory());
    }

    /** Where flexmark's runs: after link reference definitions are taken off the paragraph. */
    private static final class Factory implements ParagraphPreProcessorFactory {

        private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null; // as flexmark's: no pre-processor has to come after it
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        /**
         * flexmark's pre-processor, built for the first document and shared by the later ones: flexmark builds one
         * per document, each time reading the table options and compiling its delimiter-row pattern (1.5% of a
         * C1-compiled run). It keeps only those two, read-only after construction, and they come from the parser's
         * options, the same for every document of this parser; a race builds an equal one twice.
         */
        private volatile ParagraphPreProcessor shared;

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor delegate = shared;
            if (delegate == null) {
                delegate = tables.apply(state);
                shared = delegate;
            }
            ParagraphPreProcessor table = delegate;
            return (paragraph, parserState) -> hasPipe(paragraph) ? table.preProcessBlock(paragraph, parserState) : 0;
        }
    }

    static boolean hasPipe(Paragraph paragraph) {
        BasedSequence chars = paragraph.getChars();
        if (chars instanceof CharSubSequence c) {
            char[] base = c.getBase();
            for (int i = c.getStartOffset(), end = c.getEndOffset(); i < end; i++) {
                if (base[i] == '|') {
                    return true;
                }
            }
            return false;
        }
        return chars.indexOf('|') >= 0;
    }
}
