package dev.speclint.core.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;

/**
 * Text of flexmark sequences without flexmark's per-character copy. flexmark's {@code toString()} and
 * {@code StringBuilder.append(CharSequence)} read a sequence one {@code charAt} at a time, and a segmented
 * sequence's {@code charAt} looks its segment up through a {@code ThreadLocal}; a {@link SubSequence} of the
 * document's {@code String} is a plain range of it and is copied as one.
 */
final class BasedText {

    private BasedText() {
    }

    /** The characters of {@code seq}, as its {@code toString()} gives them. */
    static String of(BasedSequence seq) {
        if (seq instanceof SubSequence && seq.getBase() instanceof String base) {
            return base.substring(seq.getStartOffset(), seq.getEndOffset());
        }
        if (seq instanceof CharSubSequence chars) {
            return new String(chars.getBase(), chars.getStartOffset(), chars.length());
        }
        return seq.toString();
    }

    /** Appends the characters of {@code seq} to {@code sb}. */
    static void append(StringBuilder sb, BasedSequence seq) {
        if (seq instanceof SubSequence && seq.getBase() instanceof String base) {
            sb.append(base, seq.getStartOffset(), seq.getEndOffset());
        } else if (seq instanceof CharSubSequence chars) {
            sb.append(chars.getBase(), chars.getStartOffset(), chars.length());
        } else {
            sb.append(seq);
        }
    }

    /** The characters of {@code lines} one after another: a block's content, as its {@code getContentChars()}. */
    static String joined(List<BasedSequence> lines) {
        if (lines.size() == 1) {
            return of(lines.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (BasedSequence line : lines) {
            append(sb, line);
        }
        return sb.toString();
    }
}
