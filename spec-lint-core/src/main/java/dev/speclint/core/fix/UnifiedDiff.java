package dev.speclint.core.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The unified diff of two texts, as {@code diff -u} writes it: {@code ---}/{@code +++} headers,
 * {@code @@} hunks with three lines of context, {@code \ No newline at end of file} where a last line
 * has no break. Lines are compared with their line endings (a changed ending is a changed line) and
 * printed without them. Myers' O(ND) algorithm: fixes change few lines, so D is small even in a
 * large file.
 */
public final class UnifiedDiff {

    /** Lines of context around each change. */
    public static final int CONTEXT = 3;

    /** Beyond this many differing lines the middle is shown as replaced whole (bounds time and memory). */
    private static final int MAX_EDIT_DISTANCE = 20_000;

    private UnifiedDiff() {
    }

    private enum Kind { SAME, DELETE, INSERT }

    /**
     * One line of the edit script: {@code a} and {@code b} are 0-based line indexes; on the side an
     * op has no line (a's side of an insertion), the index of the next line there.
     */
    private record Op(Kind kind, int a, int b) {
    }

    /** One line of a text and whether a line break ends it. */
    private record Line(String text, String ending) {
    }

    /**
     * The diff of {@code before} and {@code after}, headed {@code --- a/NAME} and {@code +++ b/NAME};
     * empty when the texts are equal. Lines end with {@code "\n"}.
     */
    public static String of(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<Line> a = lines(before);
        List<Line> b = lines(after);
        List<Op> ops = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n');
        out.append("+++ b/").append(name).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int lastChange = i;
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).kind() != Kind.SAME) {
                    if (j - lastChange - 1 > 2 * CONTEXT) {
                        break;
                    }
                    lastChange = j;
                }
            }
            int end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops, List<Line> a, List<Line> b) {
        int aFirst = -1;
        int bFirst = -1;
        int aCount = 0;
        int bCount = 0;
        for (Op op : ops) {
            if (op.kind() != Kind.INSERT) {
                if (aFirst < 0) {
                    aFirst = op.a();
                }
                aCount++;
            }
            if (op.kind() != Kind.DELETE) {
                if (bFirst < 0) {
                    bFirst = op.b();
                }
                bCount++;
            }
        }
        // an empty range starts at the line before it, as diff -u writes it
        Op first = ops.get(0);
        out.append("@@ -").append(range(aCount == 0 ? first.a() : aFirst + 1, aCount))
                .append(" +").append(range(bCount == 0 ? first.b() : bFirst + 1, bCount)).append(" @@\n");
        for (Op op : ops) {
            Line line = switch (op.kind()) {
                case SAME, DELETE -> a.get(op.a());
                case INSERT -> b.get(op.b());
            };
            out.append(switch (op.kind()) {
                case SAME -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            }).append(line.text()).append('\n');
            if (line.ending().isEmpty()) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                out.add(new Line(text.substring(start, end), text.substring(end, i)));
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            out.add(new Line(text.substring(start), ""));
        }
        return out;
    }

    /** The shortest edit script from {@code a} to {@code b}, common prefix and suffix first. */
    private static List<Op> script(List<Line> a, List<Line> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Kind.SAME, i, i));
        }
        List<Line> am = a.subList(prefix, a.size() - suffix);
        List<Line> bm = b.subList(prefix, b.size() - suffix);
        for (int[] op : middle(am, bm)) {
            Kind kind = Kind.values()[op[0]];
            ops.add(new Op(kind, prefix + op[1], prefix + op[2]));
        }
        for (int i = 0; i < suffix; i++) {
            ops.add(new Op(Kind.SAME, a.size() - suffix + i, b.size() - suffix + i));
        }
        return ops;
    }

    /**
     * Myers' greedy diff of two line lists, backtracked through the furthest-reaching points of each
     * step: {kind ordinal, a index, b index} where an insertion's a index (a deletion's b index) is
     * the position on that side.
     */
    private static List<int[]> middle(List<Line> a, List<Line> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> trace = new ArrayList<>(); // trace.get(d)[k + d] = furthest x on diagonal k after step d
        int found = -1;
        for (int d = 0; d <= Math.min(n + m, MAX_EDIT_DISTANCE); d++) {
            int[] prev = d == 0 ? null : trace.get(d - 1);
            int[] cur = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) {
                    x = prev[k + 1 + d - 1];
                } else {
                    x = prev[k - 1 + d - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                cur[k + d] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
            trace.add(cur);
            if (found >= 0) {
                break;
            }
        }
        List<int[]> ops = new ArrayList<>();
        if (found < 0) {
            // too different to be worth the search: the whole middle replaced
            for (int i = 0; i < n; i++) {
                ops.add(new int[] {Kind.DELETE.ordinal(), i, 0});
            }
            for (int j = 0; j < m; j++) {
                ops.add(new int[] {Kind.INSERT.ordinal(), n, j});
            }
            return ops;
        }
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = prev[prevK + d - 1];
            int prevY = prevX - prevK;
            int midX = down ? prevX : prevX + 1;
            while (x > midX) {
                x--;
                y--;
                ops.add(new int[] {Kind.SAME.ordinal(), x, y});
            }
            if (down) {
                ops.add(new int[] {Kind.INSERT.ordinal(), prevX, prevY});
            } else {
                ops.add(new int[] {Kind.DELETE.ordinal(), prevX, prevY});
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0) {
            x--;
            y--;
            ops.add(new int[] {Kind.SAME.ordinal(), x, y});
        }
        Collections.reverse(ops);
        return ops;
    }
}
