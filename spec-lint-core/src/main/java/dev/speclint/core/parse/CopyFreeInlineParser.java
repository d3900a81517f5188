package dev.speclint.core.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.block.CharacterNodeFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, less one copy per match. flexmark's {@code match} and
 * {@code matchWithGroups} take a match's offsets from {@link Matcher#toMatchResult()}, which on Java 17 to 19
 * copies the whole input (the paragraph being parsed) into a {@code String}, character by character through
 * the segmented sequence's {@code ThreadLocal} cache, for every space, link title or entity it matches: a
 * third of all parse time on the shared corpus. This one reads the same offsets from the matcher itself. The
 * AST is the same: {@code SameAstAsFlexmarkTest} compares it with flexmark's own parsers on the corpus and
 * on every CommonMark spec example. Runs of plain text are scanned on the document's characters
 * ({@link #parseString}).
 */
final class CopyFreeInlineParser extends CommonmarkInlineParser {

    /** Builds this parser where flexmark would build its own. */
    static final InlineParserFactory FACTORY = CopyFreeInlineParser::new;

    private CopyFreeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matchHere(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matchHere(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            int start = matcher.start(i);
            groups[i] = start < 0 ? null : input.subSequence(start, matcher.end(i));
        }
        return groups;
    }

    /**
     * Text up to the next character that can start an inline element, as flexmark's own, on the document's
     * characters when the paragraph is one range of them ({@link SpecParser} hands flexmark a
     * {@link CharSubSequence}): flexmark's reads each one through two interface calls, and this scan covers nearly
     * every character of a spec's prose.
     */
    @Override
    protected boolean parseString() {
        if (!(input instanceof CharSubSequence chars)) {
            return super.parseString();
        }
        char[] base = chars.getBase();
        int offset = chars.getStartOffset();
        int begin = index;
        int length = input.length();
        if (asciiOf != specialCharacters) {
            readAscii();
        }
        long low = asciiLow;
        long high = asciiHigh;
        int i = begin;
        while (i < length) {
            char c = base[offset + i];
            boolean special = c < 64 ? (low & (1L << c)) != 0
                    : c < 128 ? (high & (1L << (c - 64))) != 0 : specialCharacters.get(c);
            if (special) {
                break;
            }
            i++;
        }
        index = i;
        if (i == begin) {
            return false;
        }
        appendText(input, begin, i);
        return true;
    }

    /**
     * A code span or a literal run of backticks, as flexmark's own, on the document's characters when the paragraph
     * is one range of them: flexmark's finds the opening run and each later run with a regular expression, a new
     * matcher each time, and specs write code spans in most paragraphs. A run of backticks closes the span when it is
     * as long as the opening one; without one the opening run is text. flexmark's own builds code with soft line
     * breaks ({@code Parser.CODE_SOFT_LINE_BREAKS}).
     */
    @Override
    protected boolean parseBackticks() {
        if (!(input instanceof CharSubSequence chars) || options.codeSoftLineBreaks) {
            return super.parseBackticks();
        }
        char[] base = chars.getBase();
        int offset = chars.getStartOffset();
        int length = input.length();
        int open = index;
        int afterOpen = open;
        while (afterOpen < length && base[offset + afterOpen] == '`') {
            afterOpen++;
        }
        int ticks = afterOpen - open;
        if (ticks == 0) {
            return false;
        }
        int i = afterOpen;
        while (i < length) {
            if (base[offset + i] != '`') {
                i++;
                continue;
            }
            int run = i;
            while (i < length && base[offset + i] == '`') {
                i++;
            }
            if (i - run == ticks) {
                Code code = new Code(input.subSequence(open, afterOpen), input.subSequence(afterOpen, run),
                        input.subSequence(run, i));
                code.appendChild(new Text(input.subSequence(afterOpen, run)));
                index = i;
                appendNode(code);
                return true;
            }
        }
        index = afterOpen;
        appendText(input.subSequence(open, afterOpen));
        return true;
    }

    /**
     * {@link #specialCharacters} below 128 as two masks, and the set they were read from (null: read them again).
     */
    private long asciiLow;
    private long asciiHigh;
    private BitSet asciiOf;

    @Override
    public void initializeDocument(Document document) {
        super.initializeDocument(document); // may add the characters of link reference processors to the set
        readAscii();
    }

    /**
     * flexmark's, which adds {@code characters} to {@link #specialCharacters} in place for the parse (table cells
     * add {@code |}) and then puts the original set back: the masks are read again on both sides.
     */
    @Override
    public List<Node> parseCustom(BasedSequence input, Node node, BitSet characters,
            Map<Character, CharacterNodeFactory> nodeFactoryMap) {
        asciiOf = null;
        try {
            return super.parseCustom(input, node, characters, nodeFactoryMap);
        } finally {
            asciiOf = null;
        }
    }

    private void readAscii() {
        long low = 0;
        long high = 0;
        for (int c = 0; c < 64; c++) {
            // NUL is read as U+FFFD (CharSubSequence.charAt): its bit is U+FFFD's
            if (specialCharacters.get(c == 0 ? '\uFFFD' : c)) {
                low |= 1L << c;
            }
            if (specialCharacters.get(c + 64)) {
                high |= 1L << c;
            }
        }
        asciiLow = low;
        asciiHigh = high;
        asciiOf = specialCharacters;
    }

    /** The matcher after {@code re} was found from the current index on, which then moves past it; else null. */
    private Matcher matchHere(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
