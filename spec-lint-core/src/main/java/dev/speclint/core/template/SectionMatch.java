package dev.speclint.core.template;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a document's sections line up with a schema's section specs. Computed once per document and
 * shared by the section rules.
 *
 * <p>A named spec matches the first unused section with its key (see {@link SectionKeys}) or one of
 * its aliases anywhere under the parent's match, else one of another title that keeps the template
 * section's anchor line under its heading ({@code [summary]: #summary}; see {@link SectionAnchor}), else
 * one whose key is nearly its own (a plural, a
 * spelling; see {@link SectionKeys#nearlyEqual}), else one that names it in other words ({@code Tradeoffs}
 * for {@code Drawbacks}; see {@link SectionKeys#synonymous})
 * (a section at the wrong level still counts as present: the level is another rule's business). A
 * pattern spec matches every section at its level under the parent's match that no named spec took;
 * sibling patterns at one level share those matches. A named spec still unmatched then takes a
 * section renamed in place: the one section, at its siblings' level, between the sections matching
 * its neighbours in the template, whose title shares a word with its own ({@code Future work} for
 * {@code Future possibilities} after {@code Unresolved questions}), when no other unmatched spec
 * there shares one. Adjacent unmatched specs take the one heading in their place that shares a word
 * with each ({@code Explanation} for {@code Guide-level explanation} and {@code Reference-level
 * explanation}), or, when it is the only heading there, that each one's guidance asks for
 * ({@code Proposal} where both guidances say "explain the proposal"; see
 * {@link SectionKeys#describedBy}). A word of the guidance that other sections' guidance uses too
 * never names a heading for a single spec: guidance is long, and most of it says "design" or "future"
 * somewhere. Last, a spec still unmatched takes the one heading in its place titled only in words that
 * no other section's guidance or title at its level uses ({@code Problems} where only the guidance of
 * {@code Motivation} speaks of a problem; {@link SectionSpec#distinctStems}).
 * A spec the template gained after the document was written ({@link Since}) matches nothing: a
 * section of that title is the document's own, not a misplaced template section.
 * The template's single H1, when it has one, matches the document's first H1 whatever its title.
 */
public final class SectionMatch {

    private final Map<SectionSpec, List<Section>> matches = new IdentityHashMap<>();
    private final Map<SectionSpec, SectionSpec> parents = new IdentityHashMap<>();
    private final Map<Section, SectionSpec> specOf = new IdentityHashMap<>();
    private final Map<Section, SectionSpec> namedOf = new IdentityHashMap<>();
    private final Map<Section, String> keys = new IdentityHashMap<>();
    private final Map<Section, String> canonicals = new IdentityHashMap<>();
    private final Map<Section, String> anchors = new IdentityHashMap<>();
    /** The last coverage; volatile so that a rule on another thread sees the whole record or none. */
    private volatile Coverage coverage;

    private final SpecDocument document;

    private SectionMatch(SpecDocument document) {
        this.document = document;
    }

    /**
     * Matches {@code document} against {@code schema}.
     *
     * @param schema the schema of the document's profile
     * @param document the document
     * @return the match, bound to {@code document}
     */
    public static SectionMatch of(TemplateSchema schema, SpecDocument document) {
        SectionMatch m = new SectionMatch(document);
        m.matchLevel(schema.sections(), null, document.allSections());
        return m;
    }

    private void matchLevel(List<SectionSpec> specs, SectionSpec parent, List<Section> scope) {
        List<SectionSpec> unmatched = new ArrayList<>();
        Set<String> namedKeys = new HashSet<>();
        for (SectionSpec spec : specs) {
            parents.put(spec, parent);
            if (spec.pattern()) {
                continue;
            }
            namedKeys.add(spec.key());
            namedKeys.addAll(spec.aliases());
            matches.put(spec, List.of());
            if (!spec.since().covers(document)) {
                continue; // the template had no such section when this spec was written: its own sections are its own
            }
            Section hit = null;
            for (Section s : scope) {
                if (!namedOf.containsKey(s) && spec.named(key(s))) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                unmatched.add(spec);
            } else {
                take(spec, hit);
            }
        }
        // a heading retitled over the template's own anchor line ([summary]: #summary kept under it)
        for (SectionSpec spec : unmatched) {
            if (spec.anchor().isEmpty()) {
                continue;
            }
            for (Section s : scope) {
                if (!namedOf.containsKey(s) && !namedKeys.contains(key(s))
                        && spec.anchor().equals(anchors.computeIfAbsent(s, x -> SectionAnchor.of(x, document)))) {
                    take(spec, s);
                    break;
                }
            }
        }
        // titles that drifted by a letter or two (Acknowledgements, Detail design), never one that is
        // exactly another section of the template
        for (SectionSpec spec : unmatched) {
            for (Section s : scope) {
                String k = key(s);
                if (!namedOf.containsKey(s) && !namedKeys.contains(k) && SectionKeys.nearlyEqual(k, spec.key())) {
                    take(spec, s);
                    break;
                }
            }
        }
        // the same section in other words (Downsides, Tradeoffs for Drawbacks), when no other section of
        // the template at this level says it that way
        for (SectionSpec spec : unmatched) {
            if (!matches.get(spec).isEmpty() || synonymOfAnother(specs, spec)) {
                continue;
            }
            String canonical = canonical(spec);
            for (Section s : scope) {
                String k = key(s);
                if (!namedOf.containsKey(s) && !namedKeys.contains(k) && canonical(s).equals(canonical)) {
                    take(spec, s);
                    break;
                }
            }
        }
        renamedInPlace(specs, unmatched, namedKeys, scope, titled);
        joined(specs, unmatched, scope);
        oneForSeveral(specs, unmatched, namedKeys, scope, titled);
        // then what the template's guidance asks for, named in the title (Proposal for the two
        // explanations whose guidance says "explain the proposal"), of a heading already in the place
        oneForSeveral(specs, unmatched, namedKeys, scope, described);
        // last, a heading in the place of one section, titled only in words that no other section's
        // guidance or title at this level uses (Problems where only Motivation's speaks of a problem)
        renamedInPlace(specs, unmatched, namedKeys, scope, distinctive);
        for (SectionSpec spec : specs) {
            if (!spec.pattern()) {
                continue;
            }
            List<Section> found = new ArrayList<>();
            for (Section s : scope) {
                // sibling patterns at one level (Component A: [Name], Component B: [Name]) share matches
                if (s.level() == spec.level() && !namedOf.containsKey(s)) {
                    found.add(s);
                    if (spec.level() == 1) {
                        break; // the title: only the first H1
                    }
                }
            }
            for (Section s : found) {
                specOf.putIfAbsent(s, spec);
            }
            matches.put(spec, List.copyOf(found));
        }
        for (SectionSpec spec : specs) {
            List<Section> hits = matches.getOrDefault(spec, List.of());
            if (spec.children().isEmpty()) {
                continue;
            }
            if (hits.isEmpty()) {
                if (isTitle(spec, parent)) {
                    // a spec without its H1 title still has the template's sections: look for them everywhere
                    matchLevel(spec.children(), spec, scope);
                }
                continue;
            }
            List<Section> childScope = new ArrayList<>();
            for (Section hit : hits) {
                childScope.addAll(descendants(hit));
            }
            matchLevel(spec.children(), spec, childScope);
        }
    }

    /**
     * Matches each unmatched named spec to a section renamed in place (see the class comment): the one
     * heading in its place that {@code evidence} says names it. The neighbours are the nearest matched
     * named specs before and after it in the template; without one the scope's start or end bounds the
     * search.
     */
    private void renamedInPlace(List<SectionSpec> specs, List<SectionSpec> unmatched, Set<String> namedKeys,
            List<Section> scope, Evidence evidence) {
        if (unmatched.isEmpty() || scope.isEmpty()) {
            return;
        }
        List<SectionSpec> open = unmatched.stream().filter(s -> !matches.containsKey(s) || matches.get(s).isEmpty())
                .toList();
        for (SectionSpec spec : open) {
            int at = indexOf(specs, spec);
            Section candidate = onlyCandidate(specs, at, at + 1, namedKeys, scope, evidence);
            if (candidate != null && !rivals(open, spec, specs, candidate)) {
                take(spec, candidate);
            }
        }
    }

    /**
     * Matches each spec still unmatched to a section whose title joins it with others, at the level of
     * its matched neighbours ({@code Guide-level and reference-level explanation} for both explanations,
     * {@code Rationale, drawbacks and alternatives}): the spec wrote those sections as one. The section
     * keeps the spec it matched first, which its order and level are checked by; the others count as
     * present.
     */
    private void joined(List<SectionSpec> specs, List<SectionSpec> unmatched, List<Section> scope) {
        List<Section> joining = null; // the sections whose titles can join any: few, often none
        for (SectionSpec spec : unmatched) {
            if (!matches.get(spec).isEmpty()) {
                continue;
            }
            if (joining == null) {
                joining = new ArrayList<>();
                for (Section s : scope) {
                    if (SectionKeys.mayJoin(key(s), canonical(s))) {
                        joining.add(s);
                    }
                }
            }
            if (joining.isEmpty()) {
                return;
            }
            int at = indexOf(specs, spec);
            Section before = neighbour(specs, at, -1);
            Section after = neighbour(specs, at, 1);
            int level = before != null ? before.level() : after != null ? after.level() : -1;
            String specCanonical = canonical(spec);
            for (Section s : joining) {
                if ((level < 0 || s.level() == level) && SectionKeys.joins(key(s), canonical(s), specCanonical)) {
                    if (specOf.containsKey(s)) {
                        matches.put(spec, List.of(s));
                    } else {
                        take(spec, s);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Matches a run of adjacent open specs to the one heading in their place that {@code evidence} says
     * names each of them ({@code Explanation} where the template has {@code Guide-level explanation}
     * and {@code Reference-level explanation}): the spec wrote them as one section. The heading must
     * lie between the sections matching the run's neighbours, at their level, and be the only such
     * heading. The longest such run wins; what is left of the run on either side is tried again
     * ({@code Explanation} stands for the explanations, not for the {@code Drawbacks} after them).
     */
    private void oneForSeveral(List<SectionSpec> specs, List<SectionSpec> unmatched, Set<String> namedKeys,
            List<Section> scope, Evidence evidence) {
        int i = 0;
        while (i < specs.size()) {
            int end = i;
            while (end < specs.size() && open(specs.get(end), unmatched)) {
                end++;
            }
            if (end - i >= 2) {
                matchRun(specs, i, end, namedKeys, scope, evidence);
            }
            i = Math.max(end, i + 1);
        }
    }

    private boolean open(SectionSpec spec, List<SectionSpec> unmatched) {
        return indexOf(unmatched, spec) >= 0 && matches.get(spec).isEmpty();
    }

    private void matchRun(List<SectionSpec> specs, int from, int to, Set<String> namedKeys, List<Section> scope,
            Evidence evidence) {
        // every sub-run of open specs has the run's neighbours, so one table of which heading names
        // which spec serves them all
        List<Section> headings = headingsInPlace(specs, from, to, namedKeys, scope);
        if (headings.isEmpty() || evidence.alone() && headings.size() != 1) {
            return;
        }
        boolean[][] names = new boolean[headings.size()][to - from];
        for (int h = 0; h < headings.size(); h++) {
            String k = key(headings.get(h));
            for (int j = from; j < to; j++) {
                names[h][j - from] = evidence.names().test(k, specs.get(j));
            }
        }
        for (int length = to - from; length >= 2; length--) {
            for (int start = from; start + length <= to; start++) {
                Section candidate = null;
                int candidates = 0;
                for (int h = 0; h < headings.size(); h++) {
                    boolean namesAll = true;
                    for (int j = start; j < start + length && namesAll; j++) {
                        namesAll = names[h][j - from];
                    }
                    if (namesAll) {
                        candidate = headings.get(h);
                        candidates++;
                    }
                }
                if (candidates == 1) {
                    take(specs.get(start), candidate);
                    for (int j = start + 1; j < start + length; j++) {
                        matches.put(specs.get(j), List.of(candidate));
                    }
                    if (start - from >= 2) {
                        matchRun(specs, from, start, namedKeys, scope, evidence);
                    }
                    if (to - start - length >= 2) {
                        matchRun(specs, start + length, to, namedKeys, scope, evidence);
                    }
                    return;
                }
            }
        }
    }

    /**
     * The one heading in the place of {@code specs[from, to)} ({@link #headingsInPlace}) that
     * {@code evidence} says names each of them; null when there is none or more than one, or when the
     * evidence asks for a heading alone in its place and there are others.
     */
    private Section onlyCandidate(List<SectionSpec> specs, int from, int to, Set<String> namedKeys,
            List<Section> scope, Evidence evidence) {
        List<Section> headings = headingsInPlace(specs, from, to, namedKeys, scope);
        if (evidence.alone() && headings.size() != 1) {
            return null;
        }
        Section candidate = null;
        int candidates = 0;
        for (Section s : headings) {
            String k = key(s);
            boolean namesAll = true;
            for (int j = from; j < to && namesAll; j++) {
                namesAll = evidence.names().test(k, specs.get(j));
            }
            if (namesAll) {
                candidate = s;
                candidates++;
            }
        }
        return candidates == 1 ? candidate : null;
    }

    /**
     * The headings in the place of {@code specs[from, to)}: between the sections matching their
     * nearest matched neighbours, at those sections' level, claimed by no spec and titled as no
     * template section; empty when no neighbour matched (no place to be renamed in).
     */
    private List<Section> headingsInPlace(List<SectionSpec> specs, int from, int to, Set<String> namedKeys,
            List<Section> scope) {
        Section before = neighbour(specs, from, -1);
        Section after = neighbour(specs, to - 1, 1);
        int level = before != null ? before.level() : after != null ? after.level() : -1;
        if (level < 0) {
            return List.of();
        }
        int first = before != null ? before.line() : 0;
        int last = after != null ? after.line() : Integer.MAX_VALUE;
        List<Section> out = new ArrayList<>();
        for (Section s : scope) {
            if (s.level() == level && s.line() > first && s.line() < last && !namedOf.containsKey(s)
                    && !namedKeys.contains(key(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether another named spec of {@code specs} is a synonym of {@code spec} (then a synonym says neither). */
    private boolean synonymOfAnother(List<SectionSpec> specs, SectionSpec spec) {
        String canonical = canonical(spec);
        for (SectionSpec other : specs) {
            if (other != spec && !other.pattern() && !other.key().equals(spec.key())
                    && canonical(other).equals(canonical)) {
                return true;
            }
        }
        return false;
    }

    /** A template section's canonical key: its keys are few and short, so the run-wide memo of SectionKeys serves. */
    private static String canonical(SectionSpec spec) {
        return SectionKeys.canonical(spec.key());
    }

    private String canonical(Section s) {
        return canonicals.computeIfAbsent(s, x -> SectionKeys.canonical(key(x)));
    }

    /** The section matching the nearest matched named spec before ({@code step} -1) or after (+1) index {@code at}. */
    private Section neighbour(List<SectionSpec> specs, int at, int step) {
        for (int i = at + step; i >= 0 && i < specs.size(); i += step) {
            SectionSpec s = specs.get(i);
            if (!s.pattern() && !matches.getOrDefault(s, List.of()).isEmpty()) {
                return matches.get(s).get(0);
            }
        }
        return null;
    }

    /**
     * The position of {@code spec} in {@code specs} by identity: a record's equals compares its whole
     * subtree, and two template sections are never the same one because they are equal.
     */
    private static int indexOf(List<SectionSpec> specs, SectionSpec spec) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) == spec) {
                return i;
            }
        }
        return -1;
    }

    /** Whether another open spec whose place spans {@code candidate} shares a word with it too. */
    private boolean rivals(List<SectionSpec> open, SectionSpec spec, List<SectionSpec> specs, Section candidate) {
        String k = key(candidate);
        for (SectionSpec other : open) {
            if (other != spec && SectionKeys.shareWord(k, other.key())) {
                int at = indexOf(specs, other);
                Section b = neighbour(specs, at, -1);
                Section a = neighbour(specs, at, 1);
                int f = b != null ? b.line() : 0;
                int t = a != null ? a.line() : Integer.MAX_VALUE;
                if (candidate.line() > f && candidate.line() < t) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What says that a section title names a template section, and whether that is enough only for a
     * heading alone in the template section's place (weak evidence: a word of the guidance).
     */
    private record Evidence(java.util.function.BiPredicate<String, SectionSpec> names, boolean alone) {
    }

    /** The title shares a word with the template section's ({@code Future work}, {@code Future possibilities}). */
    private final Evidence titled = new Evidence((key, spec) -> SectionKeys.shareWord(key, spec.key()), false);

    /**
     * The title shares a word with the template section's title or its guidance
     * ({@link SectionKeys#describedBy}), and is the only heading in its place: guidance is long, and a
     * word of it ({@code existing}, {@code design}) names a heading only when no other heading is there
     * to be the section.
     */
    private final Evidence described = new Evidence((key, spec) -> SectionKeys.shareWord(key, spec.key())
            || SectionKeys.describedBy(key, spec.guidanceStems()),
            true);

    /**
     * Every word of the title is one only this template section's guidance uses among its siblings
     * ({@link SectionKeys#wordsAllIn}, {@link SectionSpec#distinctStems}); it may have other headings
     * beside it in its place, as long as it is the only one so titled.
     */
    private final Evidence distinctive = new Evidence((key, spec) -> SectionKeys.wordsAllIn(key, spec.distinctStems()),
            false);

    private void take(SectionSpec spec, Section s) {
        matches.put(spec, List.of(s));
        specOf.put(s, spec);
        namedOf.put(s, spec);
    }

    private String key(Section s) {
        return keys.computeIfAbsent(s, x -> SectionKeys.of(x.title()));
    }

    private static List<Section> descendants(Section root) {
        List<Section> out = new ArrayList<>();
        java.util.ArrayDeque<Section> todo = new java.util.ArrayDeque<>();
        for (int i = root.children().size() - 1; i >= 0; i--) {
            todo.push(root.children().get(i));
        }
        while (!todo.isEmpty()) {
            Section s = todo.pop();
            out.add(s);
            for (int i = s.children().size() - 1; i >= 0; i--) {
                todo.push(s.children().get(i));
            }
        }
        return out;
    }

    /**
     * Whether {@code spec} is the template's H1 title: a top-level level-1 pattern.
     *
     * @param spec a section spec
     * @param parent its parent spec, or null when {@code spec} is top-level
     * @return true when it is the title
     */
    public static boolean isTitle(SectionSpec spec, SectionSpec parent) {
        return parent == null && spec.level() == 1 && spec.pattern();
    }

    /**
     * The sections matching {@code spec}; empty when missing or when its parent is missing.
     *
     * @param spec a section spec of the schema this match was made with
     * @return the matching sections in document order (several only for a pattern spec)
     */
    public List<Section> sections(SectionSpec spec) {
        return matches.getOrDefault(spec, List.of());
    }

    /**
     * The first section matching {@code spec}.
     *
     * @param spec a section spec of the schema this match was made with
     * @return the first of {@link #sections}, or empty when none matches
     */
    public Optional<Section> first(SectionSpec spec) {
        List<Section> s = sections(spec);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /**
     * Whether {@code spec}'s parent was found, so that {@code spec} was looked for at all.
     *
     * @param spec a section spec of the schema this match was made with
     * @return false when its parent spec matched no section of the document; always true for a
     *     top-level spec
     */
    public boolean searched(SectionSpec spec) {
        return matches.containsKey(spec);
    }

    /**
     * The spec a document section matched, if any.
     *
     * @param section a section of the matched document
     * @return the spec, or empty when the section is the document's own
     */
    public Optional<SectionSpec> spec(Section section) {
        return Optional.ofNullable(specOf.get(section));
    }

    /**
     * The parent spec of {@code spec}, or empty for a top-level spec.
     *
     * @param spec a section spec of the schema this match was made with
     * @return the spec it is a child of in the template
     */
    public Optional<SectionSpec> parent(SectionSpec spec) {
        return Optional.ofNullable(parents.get(spec));
    }

    /**
     * The template's sections at the document's top (the title's children when the template has an
     * H1 title, else its top-level sections) that are named, not patterns.
     *
     * @param schema a schema
     * @return the named specs, in template order
     */
    public static List<SectionSpec> topLevel(TemplateSchema schema) {
        List<SectionSpec> roots = schema.sections();
        if (roots.size() == 1 && isTitle(roots.get(0), null)) {
            roots = roots.get(0).children();
        }
        return roots.stream().filter(s -> !s.pattern()).toList();
    }

    /**
     * How many of the template's top-level sections that this document must have ({@link #topLevel},
     * and required in its status) it has, and how many it must have.
     *
     * @param schema the schema this match was made with
     * @param status the run's status policy, which says what the document's status requires
     * @return a new two-element array: {@code [found, expected]}
     */
    public int[] coverage(TemplateSchema schema, StatusPolicy status) {
        // several rules ask, with the one schema and status policy of the document's profile
        Coverage last = coverage;
        if (last != null && last.schema() == schema && last.status() == status) {
            return new int[] {last.found(), last.expected()};
        }
        int found = 0;
        int expected = 0;
        for (SectionSpec s : topLevel(schema)) {
            if (!status.requires(s.required(), s.requiredIn(), s.since(), document)) {
                continue;
            }
            expected++;
            if (!sections(s).isEmpty()) {
                found++;
            }
        }
        coverage = new Coverage(schema, status, found, expected);
        return new int[] {found, expected};
    }

    /** The last {@link #coverage} computed, and what it was computed for. */
    private record Coverage(TemplateSchema schema, StatusPolicy status, int found, int expected) {
    }

    /**
     * Whether the document follows the template closely enough for per-section findings. A spec that
     * lacks at least three, and at least a third, of the template's top-level sections follows another
     * template or an older version of this one (templates grow: specs accepted before a section existed
     * lack it): rules report that once instead of every difference. One or two forgotten sections are
     * still reported one by one.
     *
     * @param schema the schema this match was made with
     * @param status the run's status policy, which says what the document's status requires
     * @return true when per-section findings apply
     */
    public boolean followsTemplate(TemplateSchema schema, StatusPolicy status) {
        int[] c = coverage(schema, status);
        int missing = c[1] - c[0];
        return missing < 3 || missing * 3 < c[1];
    }
}
