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
import dev.speclint.core.document.SpecDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Markdown into a {@link SpecDocument}: strict UTF-8, positions kept. One instance is
 * thread-safe and meant to be shared.
 */
public final class SpecParser {

    private final Parser parser;

    public SpecParser() {
        this(false);
    }

    /**
     * @param flexmarkOwn whether to use flexmark's own heading parser (quadratic in a paragraph's length) and inline
     *     parser (a copy of the paragraph per match) instead of {@link LinearHeadingParser} and
     *     {@link CopyFreeInlineParser}: only to prove that both give the same AST
     */
    SpecParser(boolean flexmarkOwn) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>();
        if (!flexmarkOwn) {
            extensions.add(LinearHeadingParser.create());
        }
        extensions.addAll(List.of(
                TablesExtension.create(),
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
        return parser.parse(NestingGuard.limit(SourceText.of(text).text()));
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
        Document ast = parser.parse(NestingGuard.limit(text.text()));
        return new DocumentAssembler(source, text, ast).assemble();
    }
}
