package dev.speclint.core.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
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
 * on every CommonMark spec example.
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
