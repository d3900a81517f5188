package dev.speclint.core.template;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.speclint.core.document.Link;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds placeholders: the shapes a template writes them in, learned from the template, plus the
 * config's patterns.
 *
 * <p>The built-in {@link Shape shapes} are the ones real templates use: {@code [Name]},
 * {@code <The title, a few words>}, {@code {title of option 1}}, {@code NNNN}/{@code XXXX} alone or
 * inside an id ({@code SE-NNNN}), {@code TBD}, and a parenthesized instruction such as
 * {@code (fill me in with ...)}, whose first words become the pattern. A schema keeps only the shapes
 * its template actually uses, and only where it uses them (see {@link Scope}): a template that writes
 * {@code TBD} only as a header value does not make every {@code TBD} in a spec's prose a finding, and
 * a template whose only bracket is a label like {@code [Optional]} does not switch brackets on.
 *
 * <p>Lines searched are prose lines (see {@code SpecDocument#proseLines()}, where code, links, HTML
 * and task boxes are blanked out), header metadata values as written, and relative link targets.
 * Extra patterns are regular expressions run with RE2/J, in time linear in the text's length, in every
 * scope.
 */
public final class PlaceholderSyntax {

    /** A built-in placeholder shape. */
    public enum Shape {
        /** {@code [Feature/Component Name]}: bracketed text that is not a link, footnote, task box or index. */
        BRACKETS("[Name]"),
        /** {@code <The title, a few words>}: angle brackets around words, not an HTML tag. */
        ANGLE("<a few words>"),
        /** {@code {title of option 1}}: braces around words. */
        BRACES("{a few words}"),
        /** {@code XXX}, {@code NNNN}, {@code SE-NNNN}: a run of three or more N or X standing for a number. */
        TOKEN("NNNN / XXX"),
        /** {@code TBD}, {@code TBA}. */
        TBD("TBD"),
        /** {@code (fill me in ...)}: a parenthesized instruction; its first words are learned. */
        PHRASE("(instruction ...)");

        private final String example;

        Shape(String example) {
            this.example = example;
        }

        /**
         * How the shape looks, for {@code spec-lint schema}.
         *
         * @return a short sample of the shape, e.g. {@code [Name]}
         */
        public String example() {
            return example;
        }
    }

    /** Where in a document a shape was seen in the template, and so is looked for in specs. */
    public enum Scope {
        /** Header metadata values. */
        HEADER,
        /** Prose: paragraphs, lists, headings, tables. */
        BODY,
        /** Relative link targets ({@code NNNN-filename.md}). */
        TARGET
    }

    /**
     * A shape the template uses, where, and the template line that first shows it.
     *
     * @param shape the shape
     * @param scopes where the template writes it
     * @param line the first template line with it (1-based)
     * @param example the text of that first occurrence
     */
    public record Learned(Shape shape, Set<Scope> scopes, int line, String example) {
        /**
         * Copies the scopes.
         *
         * @param shape the shape
         * @param scopes where the template writes it
         * @param line the first template line with it (1-based)
         * @param example the text of that first occurrence
         */
        public Learned {
            scopes = Set.copyOf(scopes);
        }
    }

    private static final Pattern ANGLE_RE = Pattern.compile("<[A-Za-z][^<>\\n]*\\s[^<>\\n]*[^\\s<>]>");
    private static final Pattern BRACES_RE = Pattern.compile("\\{[A-Za-z][^{}\\n]*\\s[^{}\\n]*\\}");
    private static final Pattern TBD_RE = Pattern.compile("(?:^|[^A-Za-z0-9_])(TBD|TBA)(?:$|[^A-Za-z0-9_])");
    private static final Pattern PHRASE_RE = Pattern.compile(
            "\\(((?:fill|insert|add|enter|replace|describe|write|put|leave|link|list|name)(?: [A-Za-z']+){1,2})[^()]*\\)");

    private final List<Pattern> extra;
    private final List<String> extraSources;
    /** Learned shapes; null when not learned yet: then every shape is looked for everywhere. */
    private final Map<Shape, Learned> shapes;
    private final Pattern phrases;
    private final Set<String> templateTargets;
    /** {@link #enabledFor} of each scope, computed once: find runs for every prose line of every spec. */
    private final Map<Scope, Set<Shape>> enabledByScope = new EnumMap<>(Scope.class);

    private PlaceholderSyntax(List<String> extraPatterns, Map<Shape, Learned> shapes, List<String> phrasePrefixes) {
        this(extraPatterns, shapes, phrasePrefixes, Set.of());
    }

    private PlaceholderSyntax(List<String> extraPatterns, Map<Shape, Learned> shapes, List<String> phrasePrefixes,
            Set<String> templateTargets) {
        this.templateTargets = Set.copyOf(templateTargets);
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
        if (shapes == null) {
            this.shapes = null;
        } else {
            this.shapes = new EnumMap<>(Shape.class);
            this.shapes.putAll(shapes);
        }
        if (phrasePrefixes.isEmpty()) {
            this.phrases = null;
        } else {
            List<String> quoted = phrasePrefixes.stream().map(Pattern::quote).toList();
            this.phrases = Pattern.compile("\\((?:" + String.join("|", quoted) + ")[^()]*\\)");
        }
        for (Scope scope : Scope.values()) {
            enabledByScope.put(scope, Collections.unmodifiableSet(enabledFor(scope)));
        }
    }

    /**
     * Brackets and {@code XXX} everywhere, before any template is learned.
     *
     * @return the built-in shapes with no extra patterns
     */
    public static PlaceholderSyntax standard() {
        return withPatterns(List.of());
    }

    /**
     * The built-in shapes plus {@code extraPatterns}, not yet narrowed to a template.
     *
     * @param extraPatterns regular expressions (RE2/J syntax) that are placeholders wherever they
     *     match; empty for none
     * @return the syntax, looking for brackets and {@code XXX} in header and body until it learns
     *     a template
     * @throws IllegalArgumentException naming a pattern that does not compile
     */
    public static PlaceholderSyntax withPatterns(List<String> extraPatterns) {
        return new PlaceholderSyntax(extraPatterns, null, List.of());
    }

    /**
     * This syntax narrowed to the shapes {@code template} uses, in the scopes where it uses them. The
     * extra patterns always stay.
     *
     * @param template the parsed template
     * @return a new syntax; this one is unchanged
     */
    public PlaceholderSyntax learnedFrom(SpecDocument template) {
        Map<Shape, Learned> learned = new LinkedHashMap<>();
        Set<String> prefixes = new LinkedHashSet<>();
        PlaceholderSyntax all = new PlaceholderSyntax(List.of(), null, List.of());
        Set<Integer> headerLines = new java.util.HashSet<>();
        for (MetadataField f : template.metadata()) {
            if (f.origin() == MetadataField.Origin.HEADER) {
                headerLines.add(f.line());
                for (Found found : all.findShapes(f.value(), EnumSet.allOf(Shape.class), true)) {
                    note(learned, found, Scope.HEADER, f.line());
                }
                collectPhrases(f.value(), prefixes);
            }
        }
        List<String> prose = template.proseLines();
        for (int i = 0; i < prose.size(); i++) {
            if (headerLines.contains(i + 1) || prose.get(i).isBlank()) {
                continue;
            }
            for (Found found : all.findShapes(prose.get(i), EnumSet.allOf(Shape.class), true)) {
                note(learned, found, Scope.BODY, i + 1);
            }
            collectPhrases(prose.get(i), prefixes);
        }
        Set<String> targets = new LinkedHashSet<>();
        for (Link link : template.links()) {
            List<Found> found = all.findShapes(link.destination(), EnumSet.of(Shape.TOKEN), true);
            if (!found.isEmpty()) {
                targets.add(link.destination().strip());
            }
            if (isRelative(link.destination())) {
                for (Found f : found) {
                    note(learned, f, Scope.TARGET, link.line());
                }
            }
        }
        return new PlaceholderSyntax(extraSources, learned, List.copyOf(prefixes), targets);
    }

    /** A bracket that is one word of the optional vocabulary ({@code [Optional]}) is a label, not a placeholder. */
    private static void note(Map<Shape, Learned> learned, Found found, Scope scope, int line) {
        if (found.shape == Shape.BRACKETS && isLabel(found.text)) {
            return;
        }
        if (found.shape == Shape.PHRASE) {
            return; // phrases are learned by their words, see collectPhrases
        }
        Learned old = learned.get(found.shape);
        if (old == null) {
            learned.put(found.shape, new Learned(found.shape, EnumSet.of(scope), line, found.text));
        } else if (!old.scopes().contains(scope)) {
            Set<Scope> scopes = EnumSet.copyOf(old.scopes());
            scopes.add(scope);
            learned.put(found.shape, new Learned(old.shape(), scopes, old.line(), old.example()));
        }
    }

    private static boolean isLabel(String bracket) {
        String inside = bracket.substring(1, bracket.length() - 1).strip().toLowerCase(Locale.ROOT);
        return inside.matches("optional|required|recommended|deprecated|experimental|alpha|beta|stable|ga|wip|draft"
                + "|if applicable|n/a|tbd");
    }

    private static void collectPhrases(String text, Set<String> prefixes) {
        Matcher m = PHRASE_RE.matcher(text);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
    }

    /** Whether the link target is relative: no scheme, not rooted, not a fragment. */
    static boolean isRelative(String destination) {
        String d = destination.strip();
        return !d.isEmpty() && !d.startsWith("#") && !d.startsWith("/") && !SCHEME.matcher(d).matches();
    }

    /** A URL scheme and the rest ({@code String.matches} compiled this once per link). */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /**
     * The shapes this syntax looks for and where, with the template line each came from; empty before learning.
     *
     * @return one entry per shape the template uses, in the order they were first seen
     */
    public List<Learned> learned() {
        return shapes == null ? List.of() : List.copyOf(shapes.values());
    }

    /**
     * The phrase pattern learned from the template's parenthesized instructions, or empty.
     *
     * @return the regular expression, or an empty string when the template has no such instruction
     */
    public String phrasePattern() {
        return phrases == null ? "" : phrases.pattern();
    }

    /**
     * The extra patterns, as given.
     *
     * @return the regular expressions from the config; empty for none
     */
    public List<String> extraPatterns() {
        return extraSources;
    }

    /**
     * The placeholders in a prose line of the body, by position, none overlapping.
     *
     * @param proseLine a line of {@link SpecDocument#proseLines()}
     * @return the placeholders, sorted by start; where two overlap, the one starting first (then
     *     the longer) is kept; empty when there are none
     */
    public List<Placeholder> find(String proseLine) {
        return find(proseLine, Scope.BODY);
    }

    /**
     * The placeholders in a header metadata value as written: link texts included, link targets
     * blanked (they are checked with {@link #matchesTarget}).
     *
     * @param value a metadata value as written
     * @return the placeholders, sorted by start, none overlapping; empty when there are none
     */
    public List<Placeholder> findInHeader(String value) {
        return find(blankTargets(value), Scope.HEADER);
    }

    /** {@code [text](target)} with the target blanked by spaces, columns kept. */
    static String blankTargets(String value) {
        int open = value.indexOf("](");
        if (open < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value);
        while (open >= 0) {
            int close = value.indexOf(')', open + 2);
            if (close < 0) {
                break;
            }
            for (int k = open + 2; k < close; k++) {
                sb.setCharAt(k, ' ');
            }
            open = value.indexOf("](", close);
        }
        return sb.toString();
    }

    /**
     * The placeholders in {@code text}, searched as text of {@code scope}.
     *
     * @param text the text searched
     * @param scope which of the learned shapes apply: those the template uses in that scope
     * @return the placeholders, sorted by start, none overlapping; empty when there are none
     */
    public List<Placeholder> find(String text, Scope scope) {
        List<Placeholder> found = new ArrayList<>();
        for (Found f : findShapes(text, enabled(scope), false)) {
            found.add(new Placeholder(f.text, f.start));
        }
        if (phrases != null && text.indexOf('(') >= 0) { // every phrase starts with '('
            Matcher m = phrases.matcher(text);
            while (m.find()) {
                found.add(new Placeholder(m.group(), m.start()));
            }
        }
        for (Pattern p : extra) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Placeholder(m.group(), m.start()));
                }
            }
        }
        if (found.size() > 1) {
            found.sort(Comparator.comparingInt(Placeholder::start)
                    .thenComparing(Comparator.comparingInt((Placeholder p) -> p.text().length()).reversed()));
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

    /**
     * Whether a body prose line holds a placeholder.
     *
     * @param proseLine a line of {@link SpecDocument#proseLines()}
     * @return true when {@link #find(String)} finds one
     */
    public boolean matches(String proseLine) {
        return !find(proseLine).isEmpty();
    }

    /**
     * Whether a header value holds a placeholder.
     *
     * @param value a metadata value as written
     * @return true when {@link #findInHeader} finds one
     */
    public boolean matchesInHeader(String value) {
        return !findInHeader(value).isEmpty();
    }

    /**
     * Whether a link target holds a placeholder: a relative one with the template's id tokens
     * ({@code NNNN-filename.md}), or any that is a placeholder-holding target of the template left as it
     * was ({@code https://github.com/.../...commit-ID.../proposals/NNNN-filename.md}). An absolute URL
     * of the spec's own with {@code NNNN} in it is a real link, written before the file had its number.
     *
     * @param destination the link's target as written; surrounding whitespace is ignored
     * @return true when the target is a placeholder
     */
    public boolean matchesTarget(String destination) {
        String d = destination.strip();
        return templateTargets.contains(d) || isRelative(d) && !find(d, Scope.TARGET).isEmpty();
    }

    private Set<Shape> enabled(Scope scope) {
        return enabledByScope.get(scope);
    }

    private Set<Shape> enabledFor(Scope scope) {
        if (shapes == null) {
            return scope == Scope.TARGET ? EnumSet.noneOf(Shape.class) : EnumSet.of(Shape.BRACKETS, Shape.TOKEN);
        }
        Set<Shape> out = EnumSet.noneOf(Shape.class);
        shapes.forEach((shape, l) -> {
            boolean prose = scope != Scope.TARGET;
            if (l.scopes().contains(scope) || prose && shape == Shape.TOKEN
                    || scope == Scope.HEADER && shape == Shape.BRACKETS && l.scopes().contains(Scope.BODY)) {
                // a bracket template writes [Name] in values too, as prose; XXX and NNNN are filler
                // wherever a spec writes them, once the template uses them
                out.add(shape);
            }
        });
        return out;
    }

    private record Found(Shape shape, String text, int start) {
    }

    /**
     * @param learning whether a template is being learned: then a token inside a bracket placeholder
     *     ({@code [EPIC-XXX]}) counts too, while a spec's is reported once, as part of the bracket
     */
    private List<Found> findShapes(String line, Set<Shape> which, boolean learning) {
        List<Found> out = new ArrayList<>();
        if (which.isEmpty() || line.isBlank()) {
            return out;
        }
        if (which.contains(Shape.BRACKETS)) {
            findBracketed(line, out);
        }
        if (which.contains(Shape.ANGLE) && line.indexOf('<') >= 0) {
            addAll(ANGLE_RE, line, Shape.ANGLE, out);
        }
        if (which.contains(Shape.BRACES) && line.indexOf('{') >= 0) {
            addAll(BRACES_RE, line, Shape.BRACES, out);
        }
        if (which.contains(Shape.TOKEN)) {
            findTokens(line, out, learning);
        }
        if (which.contains(Shape.TBD) && line.indexOf("TB") >= 0) {
            Matcher m = TBD_RE.matcher(line);
            while (m.find()) {
                out.add(new Found(Shape.TBD, m.group(1), m.start(1)));
            }
        }
        if (which.contains(Shape.PHRASE) && line.indexOf('(') >= 0) {
            addAll(PHRASE_RE, line, Shape.PHRASE, out);
        }
        return out;
    }

    private static void addAll(Pattern p, String line, Shape shape, List<Found> out) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            out.add(new Found(shape, m.group(), m.start()));
        }
    }

    private static void findBracketed(String line, List<Found> out) {
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
            if (isBracketPlaceholder(line, i, close)) {
                out.add(new Found(Shape.BRACKETS, line.substring(i, close + 1), i));
            }
            i = line.indexOf('[', close + 1);
        }
    }

    private static boolean isBracketPlaceholder(String line, int open, int close) {
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

    /**
     * Runs of three or more {@code N} or {@code X} that stand alone or end an id ({@code XXX},
     * {@code NNNN}, {@code SE-NNNN}, {@code NNNN-filename}): not inside a word ({@code XXXL}).
     */
    private static void findTokens(String line, List<Found> out, boolean learning) {
        if (line.indexOf("NNN") < 0 && line.indexOf("XXX") < 0) {
            return; // most lines: two indexOf scans instead of a charAt per character
        }
        int n = line.length();
        for (int i = 0; i < n; ) {
            char c = line.charAt(i);
            if (c != 'N' && c != 'X') {
                i++;
                continue;
            }
            int end = i;
            while (end < n && line.charAt(end) == c) {
                end++;
            }
            boolean startOk = i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)) && line.charAt(i - 1) != '_';
            boolean endOk = end == n || !Character.isLetterOrDigit(line.charAt(end)) && line.charAt(end) != '_';
            if (end - i >= 3 && startOk && endOk && (learning || !inside(out, i) && !inUrl(line, i))) {
                int start = i;
                // an id prefix: SE-NNNN, KEP-NNNN
                if (start >= 2 && line.charAt(start - 1) == '-' && Character.isUpperCase(line.charAt(start - 2))) {
                    int p = start - 2;
                    while (p > 0 && Character.isUpperCase(line.charAt(p - 1))) {
                        p--;
                    }
                    if (p == 0 || !Character.isLetterOrDigit(line.charAt(p - 1))) {
                        start = p;
                    }
                }
                out.add(new Found(Shape.TOKEN, line.substring(start, end), start));
            }
            i = end;
        }
    }

    /** Whether {@code index} is inside a bare URL: a real link written before the file had its number. */
    private static boolean inUrl(String line, int index) {
        int start = index;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        int end = index;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        return word.contains("://") || word.startsWith("www.");
    }

    private static boolean inside(List<Found> found, int index) {
        for (Found f : found) {
            if (index >= f.start && index < f.start + f.text.length()) {
                return true;
            }
        }
        return false;
    }
}
