package dev.speclint.core.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A source decoded strictly as UTF-8, its BOM dropped and every line break (CRLF, CR, LF)
 * normalized to LF, so that positions are the same whatever the file's line endings.
 *
 * @param text the normalized text
 * @param lineStarts offset in {@code text} where each line starts
 */
public record SourceText(String text, int[] lineStarts) {

    /** Decodes {@code bytes} as UTF-8. */
    public static SourceText decode(byte[] bytes) throws InvalidEncodingException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        // fast path: the JDK's intrinsic decoder; it only ever produces U+FFFD for malformed input,
        // so a result without one is exactly what the strict decoder below would give
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return of(lenient);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw malformed(bytes, start, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw malformed(bytes, start, in.position());
        }
        out.flip();
        return of(out);
    }

    /** Normalizes text already in memory (a leading BOM dropped, line breaks made LF). */
    public static SourceText of(CharSequence raw) {
        if (raw instanceof String str && str.indexOf('\r') < 0 && !str.startsWith("\uFEFF")) {
            return ofLf(str);
        }
        int from = raw.length() > 0 && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder sb = new StringBuilder(raw.length() - from);
        int[] starts = new int[16];
        int count = 1; // starts[0] = 0
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            sb.append(c);
            if (c == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = sb.length();
            }
        }
        // a final line break does not open a new line
        if (count > 1 && starts[count - 1] == sb.length()) {
            count--;
        }
        return new SourceText(sb.toString(), Arrays.copyOf(starts, count));
    }

    /** {@link #of} for text that already has LF line breaks only and no BOM: no copy. */
    private static SourceText ofLf(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl + 1 < text.length(); nl = text.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        return new SourceText(text, Arrays.copyOf(starts, count));
    }

    private static InvalidEncodingException malformed(byte[] bytes, int start, int badOffset) {
        int line = 1;
        int lineStartByte = start;
        for (int i = start; i < badOffset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStartByte = i + 1;
            }
        }
        // column in characters: decode the valid prefix of the line
        int column = 1;
        try {
            column = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStartByte, badOffset - lineStartByte)).length() + 1;
        } catch (CharacterCodingException impossible) {
            column = badOffset - lineStartByte + 1;
        }
        return new InvalidEncodingException(line, column, badOffset);
    }

    /** The number of lines (an empty text has one empty line). */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}. */
    public int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 1-based column of {@code offset} on its line, in UTF-16 code units. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The lines without their terminators. */
    public List<String> lines() {
        return splitLines(text);
    }

    /**
     * This text's lines, but those of {@code changed} taken from {@code masked}: a copy of this text with some
     * characters other than line feeds replaced.
     *
     * @param masked the copy, as long as this text, with the line feeds where this text has them
     * @param changed the lines (0-based) where {@code masked} may differ from this text
     * @param lines this text's {@link #lines()}
     */
    List<String> linesWith(char[] masked, BitSet changed, List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = changed.nextSetBit(0); i >= 0 && i < out.size(); i = changed.nextSetBit(i + 1)) {
            out.set(i, new String(masked, lineStarts[i], lines.get(i).length()));
        }
        return out;
    }

    /** Splits {@code s}, a text of the same length as this one, at this text's line starts. */
    List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>(lineStarts.length);
        int last = lineStarts.length - 1;
        for (int i = 0; i <= last; i++) {
            int end = i < last ? lineStarts[i + 1] - 1 : (s.endsWith("\n") ? s.length() - 1 : s.length());
            lines.add(s.substring(lineStarts[i], Math.max(lineStarts[i], end)));
        }
        return lines;
    }
}
