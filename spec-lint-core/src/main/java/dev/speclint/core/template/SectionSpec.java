package dev.speclint.core.template;

import java.util.List;
import java.util.Set;

/**
 * A section the template asks for.
 *
 * @param level the heading level in the template
 * @param title the template's title, emoji kept (for messages)
 * @param key the match key (see {@link SectionKeys})
 * @param required false when the template says it is optional (in its title or guidance) or the
 *     config lists it
 * @param pattern true when the title holds a placeholder ({@code ### Workflow 1: [Name]}): one or
 *     more headings at that level, any title, match it
 * @param line the heading's line in the template
 * @param children the subsections, in template order
 * @param aliases other keys a spec may title it with (config {@code sectionAliases})
 * @param optionalBecause why it is optional: the template line that says so, or the config; empty
 *     when required
 * @param requiredIn the statuses in which it is required (config {@code requiredIn}); empty: in all
 * @param since the point in the template's history from which it is required (config
 *     {@code requiredSince}); {@link Since#ALWAYS} for every spec
 * @param guidance the template's own text under the heading, before its first subsection, with
 *     blank lines at either end and reference definitions ({@code [summary]: #summary}) left out:
 *     what {@code fix} writes under an inserted heading so the author sees what to write; empty when
 *     the template has none
 */
public record SectionSpec(int level, String title, String key, boolean required, boolean pattern, int line,
        List<SectionSpec> children, List<String> aliases, String optionalBecause, Set<String> requiredIn,
        Since since, String guidance, Set<String> guidanceStems, Set<String> distinctStems, String anchor) {

    /**
     * Copies the collections.
     *
     * @param level the heading level in the template, 1 to 6
     * @param title the template's title, emoji kept
     * @param key the match key
     * @param required false when the template or config makes it optional
     * @param pattern true when the title holds a placeholder
     * @param line the heading's 1-based line in the template
     * @param children the subsections, in template order
     * @param aliases other keys a spec may title it with; empty for none
     * @param optionalBecause why it is optional; empty when required
     * @param requiredIn the statuses in which it is required; empty: in all
     * @param since from when it is required; {@link Since#ALWAYS} for every spec
     * @param guidance the template's own text under the heading; empty when it has none
     * @param guidanceStems the stems of the guidance's words ({@link SectionKeys#stems}), which section
     *     matching looks titles up in
     * @param distinctStems those of the guidance stems that no other section at this level uses, in its
     *     guidance or title ({@link SectionKeys#distinctStems}); empty when none, or not computed
     * @param anchor the fragment the template names on the first line under the heading
     *     ({@code [summary]: #summary}), lower-cased and without {@code #}; empty when it names none
     */
    public SectionSpec {
        children = List.copyOf(children);
        aliases = List.copyOf(aliases);
        requiredIn = Set.copyOf(requiredIn);
        guidanceStems = Set.copyOf(guidanceStems);
        distinctStems = Set.copyOf(distinctStems);
        anchor = anchor == null ? "" : anchor;
    }

    /**
     * A spec whose guidance's stems are computed from {@code guidance}, with no distinct stems (they
     * depend on its siblings: {@link #withDistinctStems}) and no anchor.
     *
     * @param level the heading level in the template, 1 to 6
     * @param title the template's title, emoji kept
     * @param key the match key
     * @param required false when the template or config makes it optional
     * @param pattern true when the title holds a placeholder
     * @param line the heading's 1-based line in the template
     * @param children the subsections, in template order
     * @param aliases other keys a spec may title it with; empty for none
     * @param optionalBecause why it is optional; empty when required
     * @param requiredIn the statuses in which it is required; empty: in all
     * @param since from when it is required; {@link Since#ALWAYS} for every spec
     * @param guidance the template's own text under the heading; empty when it has none
     */
    public SectionSpec(int level, String title, String key, boolean required, boolean pattern, int line,
            List<SectionSpec> children, List<String> aliases, String optionalBecause, Set<String> requiredIn,
            Since since, String guidance) {
        this(level, title, key, required, pattern, line, children, aliases, optionalBecause, requiredIn, since,
                guidance, SectionKeys.stems(guidance), Set.of(), "");
    }

    /**
     * Whether a section with match key {@code sectionKey} is this one by its title or an alias.
     *
     * @param sectionKey a spec section's match key ({@link dev.speclint.core.document.Section#key()})
     * @return true when it equals {@link #key()} or one of {@link #aliases()}
     */
    public boolean named(String sectionKey) {
        return key.equals(sectionKey) || aliases.contains(sectionKey);
    }

    /** A copy with other children. */
    SectionSpec withChildren(List<SectionSpec> newChildren) {
        return new SectionSpec(level, title, key, required, pattern, line, newChildren, aliases, optionalBecause,
                requiredIn, since, guidance, guidanceStems, distinctStems, anchor);
    }

    /**
     * {@code siblings} (the sections of one level, in order), each with its {@link #distinctStems}
     * computed against the others.
     *
     * @param siblings the template sections of one level
     * @return new specs, in the same order
     */
    static List<SectionSpec> withDistinctStems(List<SectionSpec> siblings) {
        List<SectionSpec> out = new java.util.ArrayList<>(siblings.size());
        for (SectionSpec s : siblings) {
            out.add(new SectionSpec(s.level, s.title, s.key, s.required, s.pattern, s.line, s.children, s.aliases,
                    s.optionalBecause, s.requiredIn, s.since, s.guidance, s.guidanceStems,
                    SectionKeys.distinctStems(s, siblings), s.anchor));
        }
        return List.copyOf(out);
    }

    /** A copy as the document's title: each spec writes its own, so it is a pattern. */
    SectionSpec asTitle() {
        return new SectionSpec(level, title, key, true, true, line, children, aliases, "", requiredIn, since, guidance,
                guidanceStems, distinctStems, anchor);
    }
}
