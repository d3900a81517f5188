package dev.speclint.core.parse;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import dev.speclint.core.document.SpecDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Markdown into a {@link SpecDocument}: strict UTF-8, positions kept. One instance is
 * thread-safe and meant to be shared.
 */
public final class SpecParser {

    private final Parser parser;
    private final boolean flexmarkOwn;

    public SpecParser() {
        this(false);
    }

    /**
     * @param flexmarkOwn whether to use flexmark as it comes: its own heading parser (quadratic in a paragraph's
     *     length), inline parser (a copy of the paragraph per match), block factories and table pre-processor, on
     *     the text as a {@code String}, instead of {@link LinearHeadingParser}, {@link CopyFreeInlineParser},
     *     {@link GuardedBlockStarts} and {@link GuardedTables} on a {@link CharSubSequence}: only to prove that both
     *     give the same AST
     */
    SpecParser(boolean flexmarkOwn) {
        this.flexmarkOwn = flexmarkOwn;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>();
        if (!flexmarkOwn) {
            extensions.add(LinearHeadingParser.create());
            extensions.add(GuardedBlockStarts.create());
        }
        // the table pre-processor alone: TablesExtension's renderer and formatter parts are not used
        extensions.add(flexmarkOwn ? TablesExtension.create() : GuardedTables.create());
        extensions.addAll(List.of(
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                FootnoteExtension.create(),
                YamlFrontMatterExtension.create()));
        options.set(Parser.EXTENSIONS, extensions);
        // GFM tables: header row required, columns need not match exactly
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        Parser.Builder builder = Parser.builder(options);
        if (!flexmarkOwn) {
            // flexmark adds its link reference definition pre-processor only with its own inline parser
            builder.customInlineParserFactory(CopyFreeInlineParser.FACTORY)
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        this.parser = builder.build();
    }

    /** The flexmark AST of {@code text}, as {@link #parse} builds it: for tests. */
    Document flexmarkAst(String text) {
        return flexmark(SourceText.of(text));
    }

    /**
     * flexmark's AST. Its input is a {@link CharSubSequence} of the text, not the {@code String} itself: flexmark
     * reads its input one {@code charAt} at a time, and a {@code String} wrapped in flexmark's
     * {@code SubSequence} costs a second interface call per character (a tenth of a C1-compiled run went to
     * finding line ends alone). flexmark's own parsers get the {@code String}, as flexmark's users do.
     */
    private Document flexmark(SourceText text) {
        String limited = NestingGuard.limit(text);
        if (flexmarkOwn) {
            return parser.parse(limited);
        }
        return parser.parse(CharSubSequence.of(limited.toCharArray(), 0, limited.length()));
    }

    /**
     * Parses file content.
     *
     * @param source the display name carried into the document and its violations
     * @throws InvalidEncodingException when {@code bytes} is not valid UTF-8
     */
    public SpecDocument parse(String source, byte[] bytes) throws InvalidEncodingException {
        return parse(source, SourceText.decode(bytes));
    }

    /** Parses text already in memory. */
    public SpecDocument parse(String source, CharSequence text) {
        return parse(source, SourceText.of(text));
    }

    private SpecDocument parse(String source, SourceText text) {
        if (text.text().length() < DeepStack.SMALL_INPUT_CHARS) {
            return assemble(source, text);
        }
        return DeepStack.call(() -> assemble(source, text));
    }

    private SpecDocument assemble(String source, SourceText text) {
        Document ast = flexmark(text);
        return new DocumentAssembler(source, text, ast).assemble();
    }
}
