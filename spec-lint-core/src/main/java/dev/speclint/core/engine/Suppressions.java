package dev.speclint.core.engine;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.util.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppressions of one document, read from its HTML comments (comments inside code are
 * not comments, so they never suppress):
 * <ul>
 * <li>{@code <!-- spec-lint-disable [ids] -->}: from the comment's line on, until a matching enable;
 * <li>{@code <!-- spec-lint-enable [ids] -->}: from the comment's line on;
 * <li>{@code <!-- spec-lint-disable-line [ids] -->}: the comment's own line(s);
 * <li>{@code <!-- spec-lint-disable-next-line [ids] -->}: the line after the comment ends;
 * <li>{@code <!-- spec-lint-disable-file [ids] -->}: the whole file, wherever the comment stands.
 * </ul>
 * Ids are separated by spaces or commas; no id means every rule. When several disable and enable
 * comments share a line, the state after the last one applies to that whole line. An id no rule has,
 * or a {@code spec-lint-} directive that does not exist, suppresses nothing and is returned by
 * {@link #problems()} so that the engine reports it as {@code unknown-suppression}.
 */
final class Suppressions {

    private static final Pattern DIRECTIVE = Pattern.compile("spec-lint-(\\S*)(.*)", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final List<String> DIRECTIVES = List.of("disable", "enable", "disable-line", "disable-next-line",
            "disable-file");

    /**
     * A suppression comment spec-lint does not understand, at a 1-based line and column; {@code fix}
     * replaces the wrong word with the one suggestion there is, else null.
     */
    record Problem(int line, int column, String message, Fix fix) {
    }

    /** The fix replacing {@code wrong} at {@code at} by the one near candidate, or null. */
    private static Fix replacement(int[] at, String wrong, List<String> candidates) {
        if (at.length < 3) {
            return null; // the word was not found where the comment is: nothing safe to replace
        }
        return Suggestions.unique(wrong, candidates)
                .map(best -> Fix.of("Replace '" + wrong + "' with '" + best + "'",
                        new TextEdit(at[0], at[1], at[0], at[1] + wrong.length(), best)))
                .orElse(null);
    }


    /** A set of rules: every rule, or the named ones. */
    private record Selection(boolean all, Set<String> ids) {

        static final Selection NONE = new Selection(false, Set.of());
        static final Selection EVERY = new Selection(true, Set.of());

        /** When {@code all}, {@code ids} are the exceptions; otherwise they are the members. */
        boolean contains(String rule) {
            return all != ids.contains(rule);
        }

        Selection plus(Set<String> rules) {
            if (rules.isEmpty()) {
                return EVERY;
            }
            return all ? new Selection(true, minus(ids, rules)) : new Selection(false, union(ids, rules));
        }

        Selection minus(Set<String> rules) {
            if (rules.isEmpty()) {
                return NONE;
            }
            return all ? new Selection(true, union(ids, rules)) : new Selection(false, minus(ids, rules));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> out = new HashSet<>(a);
            out.addAll(b);
            return Set.copyOf(out);
        }

        private static Set<String> minus(Set<String> a, Set<String> b) {
            Set<String> out = new HashSet<>(a);
            out.removeAll(b);
            return Set.copyOf(out);
        }
    }

    /** Disabled rules from a line on (disable / enable), keyed by the line where the state starts. */
    private final NavigableMap<Integer, Selection> ranges = new TreeMap<>();
    /** Rules disabled on single lines (disable-line, disable-next-line). */
    private final Map<Integer, Selection> lines = new HashMap<>();
    private Selection file = Selection.NONE;
    private final List<Problem> problems = new ArrayList<>();

    private Suppressions() {
    }

    /**
     * Reads the suppressions of {@code document}.
     *
     * @param knownIds every rule id of the run (rules a config turns off are still known)
     */
    static Suppressions of(SpecDocument document, Set<String> knownIds) {
        Suppressions s = new Suppressions();
        Selection current = Selection.NONE;
        for (HtmlComment comment : document.comments()) {
            if (!comment.body().startsWith("spec-lint-")) {
                continue; // most comments: no need for the matcher
            }
            Matcher m = DIRECTIVE.matcher(comment.body());
            if (!m.matches()) {
                continue;
            }
            String directive = m.group(1);
            if (!DIRECTIVES.contains(directive)) {
                int[] at = locate(document, comment, "spec-lint-" + directive);
                List<String> known = DIRECTIVES.stream().map(d -> "spec-lint-" + d).toList();
                s.problems.add(new Problem(at[0], at[1], "unknown suppression directive 'spec-lint-" + directive + "'"
                        + Suggestions.didYouMean("spec-lint-" + directive, known)
                        + ": use spec-lint-disable, -enable, -disable-line, -disable-next-line or -disable-file",
                        replacement(at, "spec-lint-" + directive, known)));
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (String token : SEPARATORS.split(m.group(2).strip())) {
                if (token.isEmpty()) {
                    continue;
                }
                ids.add(token);
                if (!knownIds.contains(token)) {
                    int[] at = locate(document, comment, token);
                    List<String> known = knownIds.stream().sorted().toList();
                    s.problems.add(new Problem(at[0], at[1], "unknown rule '" + token + "' in spec-lint-" + directive
                            + Suggestions.didYouMean(token, known) + ": 'spec-lint rules' lists every rule",
                            replacement(at, token, known)));
                }
            }
            switch (directive) {
                case "disable" -> {
                    current = current.plus(ids);
                    s.ranges.put(comment.line(), current);
                }
                case "enable" -> {
                    current = current.minus(ids);
                    s.ranges.put(comment.line(), current);
                }
                case "disable-line" -> {
                    for (int line = comment.line(); line <= comment.endLine(); line++) {
                        s.lines.merge(line, Selection.NONE.plus(ids), (a, b) -> a.plus(b.all ? Set.of() : b.ids));
                    }
                }
                case "disable-next-line" -> s.lines.merge(comment.endLine() + 1, Selection.NONE.plus(ids),
                        (a, b) -> a.plus(b.all ? Set.of() : b.ids));
                default -> s.file = s.file.plus(ids);
            }
        }
        return s;
    }

    /** Whether a comment of the document turns {@code violation}'s rule off at its line. */
    boolean suppressed(Violation violation) {
        String rule = violation.rule();
        if (file.contains(rule)) {
            return true;
        }
        Selection single = lines.get(violation.line());
        if (single != null && single.contains(rule)) {
            return true;
        }
        Map.Entry<Integer, Selection> range = ranges.floorEntry(violation.line());
        return range != null && range.getValue().contains(rule);
    }

    /** Suppression comments naming an unknown rule or directive, in document order. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Where {@code token} stands inside {@code comment} as {line, column, 1}; the comment's start as
     * {line, column} when it cannot be found.
     */
    private static int[] locate(SpecDocument document, HtmlComment comment, String token) {
        Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(token) + "(?![\\w-])");
        for (int line = comment.line(); line <= comment.endLine() && line <= document.lineCount(); line++) {
            String text = document.lines().get(line - 1);
            int from = line == comment.line() ? Math.min(text.length(), Math.max(0, comment.column() - 1)) : 0;
            Matcher m = word.matcher(text);
            if (m.find(from)) {
                return new int[] {line, m.start() + 1, 1}; // a third element: found, not the fallback
            }
        }
        return new int[] {comment.line(), comment.column()};
    }
}
