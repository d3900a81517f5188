package dev.speclint.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --where} language of {@code spec-lint list}: conditions {@code FIELD OP VALUE} joined
 * by {@code and} (or {@code ,}), all of which must hold. Numeric fields ({@link #NUMERIC}):
 * {@code sections} and {@code checklist} are percentages ({@code checklist<100%}, the {@code %} is
 * optional), {@code placeholders}, {@code errors}, {@code warnings}, {@code findings} are counts; ops
 * {@code < <= > >= = !=}. Text fields ({@link #TEXT}): {@code = !=} compare ignoring case, {@code ~}
 * is "contains", {@code < <= > >=} compare as text (ISO dates order so). Values may be quoted with
 * {@code '} or {@code "}.
 */
public final class SpecFilter {

    /** What the language accepts, for usage errors. */
    public static final String USAGE = "FIELD OP VALUE [and FIELD OP VALUE ...], e.g. 'checklist<100%', "
            + "'placeholders>0', 'errors>0 and status=Approved'; numeric fields: sections, checklist (percent), "
            + "placeholders, errors, warnings, findings; text fields: id, title, status, author, created, updated, "
            + "file; ops: < <= > >= = != and ~ (contains, text only)";

    static final Map<String, Function<SpecEntry, Integer>> NUMERIC = Map.of(
            "sections", SpecEntry::sectionsPercent,
            "checklist", SpecEntry::checklistPercent,
            "placeholders", SpecEntry::placeholders,
            "errors", SpecEntry::errors,
            "warnings", SpecEntry::warnings,
            "findings", SpecEntry::findings);
    static final Map<String, Function<SpecEntry, String>> TEXT = Map.of(
            "id", SpecEntry::id,
            "title", SpecEntry::title,
            "status", SpecEntry::status,
            "author", SpecEntry::author,
            "created", SpecEntry::created,
            "updated", SpecEntry::updated,
            "file", SpecEntry::file);

    private static final Pattern CONDITION = Pattern.compile(
            "\\s*([A-Za-z]+)\\s*(<=|>=|!=|==|<|>|=|~)\\s*('[^']*'|\"[^\"]*\"|[^\\s,]+)\\s*");
    private static final Pattern JOIN = Pattern.compile("(?i)\\s*(?:,|&&|\\band\\b)\\s*");

    private SpecFilter() {
    }

    /**
     * The filter {@code expression} describes.
     *
     * @throws IllegalArgumentException saying what is wrong, where, and {@link #USAGE}
     */
    public static Predicate<SpecEntry> parse(String expression) {
        List<Predicate<SpecEntry>> all = new ArrayList<>();
        String rest = expression;
        int at = 0;
        while (true) {
            Matcher m = CONDITION.matcher(rest);
            if (!m.lookingAt()) {
                throw bad(expression, at, "expected FIELD OP VALUE");
            }
            all.add(condition(expression, at, m.group(1).toLowerCase(Locale.ROOT), m.group(2), unquote(m.group(3))));
            at += m.end();
            rest = rest.substring(m.end());
            if (rest.isEmpty()) {
                break;
            }
            Matcher j = JOIN.matcher(rest);
            if (!j.lookingAt()) {
                throw bad(expression, at, "expected 'and' between conditions");
            }
            at += j.end();
            rest = rest.substring(j.end());
        }
        return e -> all.stream().allMatch(p -> p.test(e));
    }

    private static Predicate<SpecEntry> condition(String expression, int at, String field, String op, String value) {
        if (NUMERIC.containsKey(field)) {
            if (op.equals("~")) {
                throw bad(expression, at, "'~' compares text; " + field + " is a number");
            }
            boolean percent = field.equals("sections") || field.equals("checklist");
            String digits = value.endsWith("%") && percent ? value.substring(0, value.length() - 1) : value;
            int n;
            try {
                n = Integer.parseInt(digits.strip());
            } catch (NumberFormatException e) {
                throw bad(expression, at, "'" + value + "' is not " + (percent ? "a percentage like 100%" : "a whole number"));
            }
            Function<SpecEntry, Integer> get = NUMERIC.get(field);
            return e -> compare(Integer.compare(get.apply(e), n), op);
        }
        if (TEXT.containsKey(field)) {
            Function<SpecEntry, String> get = TEXT.get(field);
            String wanted = value.toLowerCase(Locale.ROOT);
            if (op.equals("~")) {
                return e -> get.apply(e).toLowerCase(Locale.ROOT).contains(wanted);
            }
            return e -> compare(get.apply(e).toLowerCase(Locale.ROOT).compareTo(wanted), op);
        }
        throw bad(expression, at, "unknown field '" + field + "'");
    }

    private static boolean compare(int c, String op) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "!=" -> c != 0;
            default -> c == 0; // = and ==
        };
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static IllegalArgumentException bad(String expression, int at, String what) {
        return new IllegalArgumentException("bad expression '" + expression + "' at character " + (at + 1) + ": "
                + what + "; use " + USAGE);
    }
}
