package dev.speclint.core.fix;

import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies fixes to raw source text. Edit coordinates are those of {@link TextEdit} (lines as the
 * parser counts them: LF, CRLF and a lone CR each end a line; columns after any byte order mark).
 * Every character outside an edited range is kept as it is; the {@code "\n"} of an edit's text is
 * written as the line ending of the line it goes into (the previous line's at the end of a file,
 * LF in a file with none), and an edit appended to a file without a final line break leaves the
 * file without one.
 */
public final class FixApplier {

    /** The text after applying, and which of the offered fixes went in (in the order given). */
    public record Result(String text, List<Fix> applied, List<Fix> skipped) {

        public Result {
            applied = List.copyOf(applied);
            skipped = List.copyOf(skipped);
        }

        /** Whether anything changed. */
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    private FixApplier() {
    }

    /**
     * Applies {@code fixes} in order; a fix any of whose edits overlaps an edit of an earlier
     * accepted fix, or points outside the text, is skipped (a later pass picks it up after the
     * re-lint). Insertions at one point come out in the order of the fixes, and within a fix in the
     * order of its edits.
     */
    public static Result apply(String raw, List<Fix> fixes) {
        Lines lines = Lines.of(raw);
        List<Placed> accepted = new ArrayList<>();
        List<Fix> applied = new ArrayList<>();
        List<Fix> skipped = new ArrayList<>();
        int order = 0;
        for (Fix fix : fixes) {
            List<Placed> placed = new ArrayList<>();
            boolean ok = true;
            for (TextEdit e : fix.edits()) {
                int start = lines.offset(e.startLine(), e.startColumn());
                int end = lines.offset(e.endLine(), e.endColumn());
                if (start < 0 || end < start) {
                    ok = false;
                    break;
                }
                placed.add(new Placed(start, end, e, order++));
            }
            if (ok && overlapsAny(placed, accepted)) {
                ok = false;
            }
            if (ok && overlapsAny(placed, placed)) {
                ok = false;
            }
            if (ok) {
                accepted.addAll(placed);
                applied.add(fix);
            } else {
                skipped.add(fix);
            }
        }
        accepted.sort(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::order));
        StringBuilder out = new StringBuilder(raw.length() + 256);
        int pos = 0;
        for (Placed p : accepted) {
            out.append(raw, pos, p.start());
            out.append(lines.render(p.edit().newText(), p.start()));
            pos = Math.max(pos, p.end());
        }
        out.append(raw, pos, raw.length());
        return new Result(out.toString(), applied, skipped);
    }

    private static boolean overlapsAny(List<Placed> edits, List<Placed> others) {
        for (Placed a : edits) {
            for (Placed b : others) {
                if (a != b && a.overlaps(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An edit placed at character offsets of the raw text. */
    private record Placed(int start, int end, TextEdit edit, int order) {

        /** Ranges share a character, or an insertion falls strictly inside a replaced range. */
        boolean overlaps(Placed o) {
            if (start == end && o.start == o.end) {
                return false; // two insertions never overlap: they go in one after the other
            }
            if (start == end) {
                return start > o.start && start < o.end;
            }
            if (o.start == o.end) {
                return o.start > start && o.start < end;
            }
            return start < o.end && o.start < end;
        }
    }

    /** Where each line of the raw text starts, and how it ends. */
    private static final class Lines {
        private final String raw;
        private final int bom;
        private final List<int[]> spans = new ArrayList<>(); // {start, contentEnd, end}

        private Lines(String raw) {
            this.raw = raw;
            this.bom = raw.startsWith("\uFEFF") ? 1 : 0;
            int start = bom;
            int i = bom;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (c == '\n' || c == '\r') {
                    int contentEnd = i;
                    i += c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
                    spans.add(new int[] {start, contentEnd, i});
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < raw.length() || spans.isEmpty()) {
                spans.add(new int[] {start, raw.length(), raw.length()});
            }
        }

        static Lines of(String raw) {
            return new Lines(raw);
        }

        /** The character offset of a 1-based line and column; line count + 1, column 1 is the end. -1 outside. */
        int offset(int line, int column) {
            if (line == spans.size() + 1 && column == 1) {
                return raw.length();
            }
            if (line < 1 || line > spans.size()) {
                return -1;
            }
            int[] s = spans.get(line - 1);
            int at = s[0] + column - 1;
            return at <= s[1] ? at : -1;
        }

        /** {@code text} with its "\n" written as the line ending in force at {@code offset}. */
        String render(String text, int offset) {
            String eol = endingAt(offset);
            boolean atEndWithoutBreak = offset == raw.length() && !endsWithBreak();
            String body = text;
            if (atEndWithoutBreak && raw.length() > bom) {
                // appended to a last line that has no break: break it, and leave the file without a final one
                if (body.endsWith("\n")) {
                    body = "\n" + body.substring(0, body.length() - 1);
                }
            }
            return eol.equals("\n") ? body : body.replace("\n", eol);
        }

        private boolean endsWithBreak() {
            return raw.endsWith("\n") || raw.endsWith("\r");
        }

        private String endingAt(int offset) {
            for (int i = 0; i < spans.size(); i++) {
                int[] s = spans.get(i);
                if (offset >= s[0] && offset < s[2] && s[2] > s[1]) {
                    return raw.substring(s[1], s[2]);
                }
            }
            for (int i = spans.size() - 1; i >= 0; i--) {
                int[] s = spans.get(i);
                if (s[2] > s[1] && s[0] <= offset) {
                    return raw.substring(s[1], s[2]);
                }
            }
            return "\n";
        }
    }
}
