package dev.speclint.core.template;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds placeholders in a line of prose (see {@code SpecDocument#proseLines()}, where code, links,
 * footnotes, HTML and task boxes are already blanked out).
 *
 * <p>Built in: bracketed text that is not a link, image, footnote, task box, alert marker or index
 * ({@code [Feature/Component Name]}, {@code [Run: date +"%Y-%m-%d"]}), and the token {@code XXX}.
 * A schema keeps only the built-in forms its template actually uses (see {@link #learnedFrom}): a
 * template without bracket placeholders, such as the Rust RFC template, does not make every
 * {@code [u32; N]} in prose a finding. Extra patterns (e.g. {@code TBD}, {@code <package>}, {@code \(fill me in[^)]*\)}) are regular
 * expressions run with RE2/J, in time linear in the line's length whatever the pattern.
 */
public final class PlaceholderSyntax {

    private final List<Pattern> extra;
    private final List<String> extraSources;
    private final boolean brackets;
    private final boolean xxx;

    private PlaceholderSyntax(List<String> extraPatterns) {
        this(extraPatterns, true, true);
    }

    private PlaceholderSyntax(List<String> extraPatterns, boolean brackets, boolean xxx) {
        this.brackets = brackets;
        this.xxx = xxx;
        this.extraSources = List.copyOf(extraPatterns);
        List<Pattern> compiled = new ArrayList<>();
        for (String p : extraPatterns) {
            try {
                compiled.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("placeholder pattern '" + p + "' is not a valid regular expression: "
                        + e.getDescription(), e);
            }
        }
        this.extra = List.copyOf(compiled);
    }

    /** The built-in syntax only. */
    public static PlaceholderSyntax standard() {
        return new PlaceholderSyntax(List.of());
    }

    /**
     * The built-in syntax plus {@code extraPatterns}.
     *
     * @throws IllegalArgumentException naming a pattern that does not compile
     */
    public static PlaceholderSyntax withPatterns(List<String> extraPatterns) {
        return new PlaceholderSyntax(extraPatterns);
    }

    /**
     * This syntax restricted to the built-in forms {@code template} uses: bracket placeholders only
     * when a prose line of the template holds one, {@code XXX} only when the template writes it. The
     * extra patterns always stay.
     */
    public PlaceholderSyntax learnedFrom(List<String> templateProseLines) {
        boolean usesBrackets = false;
        boolean usesXxx = false;
        for (String line : templateProseLines) {
            List<Placeholder> found = new ArrayList<>();
            if (brackets && !usesBrackets) {
                findBracketed(line, found);
                usesBrackets = !found.isEmpty();
            }
            if (xxx && !usesXxx) {
                found.clear();
                findXxx(line, found);
                usesXxx = !found.isEmpty();
            }
        }
        return new PlaceholderSyntax(extraSources, usesBrackets, usesXxx);
    }

    /** Whether bracketed placeholders ({@code [Name]}) are looked for. */
    public boolean brackets() {
        return brackets;
    }

    /** Whether the token {@code XXX} is looked for. */
    public boolean xxx() {
        return xxx;
    }

    /** The extra patterns, as given. */
    public List<String> extraPatterns() {
        return extraSources;
    }

    /** The placeholders in {@code proseLine}, by position, none overlapping. */
    public List<Placeholder> find(String proseLine) {
        List<Placeholder> found = new ArrayList<>();
        if (brackets) {
            findBracketed(proseLine, found);
        }
        if (xxx) {
            findXxx(proseLine, found);
        }
        for (Pattern p : extra) {
            Matcher m = p.matcher(proseLine);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Placeholder(m.group(), m.start()));
                }
            }
        }
        if (found.size() > 1) {
            found.sort(Comparator.comparingInt(Placeholder::start));
            List<Placeholder> distinct = new ArrayList<>();
            int coveredTo = -1;
            for (Placeholder p : found) {
                if (p.start() >= coveredTo) {
                    distinct.add(p);
                    coveredTo = p.start() + p.text().length();
                }
            }
            return distinct;
        }
        return found;
    }

    /** Whether {@code proseLine} holds a placeholder. */
    public boolean matches(String proseLine) {
        return !find(proseLine).isEmpty();
    }

    private static void findBracketed(String line, List<Placeholder> out) {
        int n = line.length();
        int i = line.indexOf('[');
        while (i >= 0 && i < n) {
            int close = line.indexOf(']', i + 1);
            if (close < 0) {
                return;
            }
            int nestedOpen = line.lastIndexOf('[', close - 1);
            if (nestedOpen > i) {
                // `[[x]` : the innermost bracket pair is the candidate
                i = nestedOpen;
            }
            if (isPlaceholder(line, i, close)) {
                out.add(new Placeholder(line.substring(i, close + 1), i));
            }
            i = line.indexOf('[', close + 1);
        }
    }

    private static boolean isPlaceholder(String line, int open, int close) {
        String inside = line.substring(open + 1, close);
        if (inside.isBlank() || inside.startsWith("^") || inside.startsWith("!")) {
            return false; // empty, footnote, GitHub alert
        }
        if (inside.equals("x") || inside.equals("X")) {
            return false; // a task box the parser did not take (e.g. in a table)
        }
        if (open > 0) {
            char before = line.charAt(open - 1);
            if (before == '\\' || before == '!' || Character.isLetterOrDigit(before) || before == '_'
                    || before == ']' || before == ')') {
                return false; // escaped, image, index such as a[i] or string[], chained brackets
            }
        }
        if (close + 1 < line.length()) {
            char after = line.charAt(close + 1);
            if (after == '(' || after == ':' || after == '[') {
                return false; // link syntax the parser did not take as a link
            }
        }
        boolean digitsOnly = true;
        for (int k = 0; k < inside.length(); k++) {
            char c = inside.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != ' ' && c != '-') {
                digitsOnly = false;
                break;
            }
        }
        return !digitsOnly; // [1], [2, 3]: citations
    }

    private static void findXxx(String line, List<Placeholder> out) {
        int i = line.indexOf("XXX");
        while (i >= 0) {
            int end = i;
            while (end < line.length() && line.charAt(end) == 'X') {
                end++;
            }
            boolean startOk = i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1));
            boolean endOk = end == line.length() || !Character.isLetterOrDigit(line.charAt(end));
            if (startOk && endOk && !insideBrackets(out, i)) {
                out.add(new Placeholder(line.substring(i, end), i));
            }
            i = line.indexOf("XXX", end);
        }
    }

    private static boolean insideBrackets(List<Placeholder> found, int index) {
        for (Placeholder p : found) {
            if (index >= p.start() && index < p.start() + p.text().length()) {
                return true;
            }
        }
        return false;
    }
}
