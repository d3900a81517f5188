package dev.speclint.core.template;

import dev.speclint.core.document.TitleKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the config tells the template compiler beyond the template itself: what a template cannot
 * say in Markdown.
 *
 * @param placeholders the placeholder syntax (built-in forms plus the config's patterns)
 * @param optionalSections section titles (or field names) that need not be present
 * @param sectionAliases by template section title, other titles a spec may use for it
 * @param requiredIn by section title, field name or checklist section title, the statuses in which
 *     it is required (elsewhere it is optional)
 * @param requiredSince by section title, field name or checklist section title, the point in the
 *     template's history from which specs must have it
 * @param requiredSections when not empty, the only template sections specs must have (by title)
 */
public record TemplateOptions(PlaceholderSyntax placeholders, Set<String> optionalSections,
        Map<String, List<String>> sectionAliases, Map<String, List<String>> requiredIn,
        Map<String, Since> requiredSince, Set<String> requiredSections) {

    public TemplateOptions {
        optionalSections = Set.copyOf(optionalSections);
        sectionAliases = copy(sectionAliases);
        requiredIn = copy(requiredIn);
        requiredSince = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requiredSince));
        requiredSections = Set.copyOf(requiredSections);
    }

    /** Only a placeholder syntax. */
    public static TemplateOptions of(PlaceholderSyntax placeholders) {
        return new TemplateOptions(placeholders, Set.of(), Map.of(), Map.of(), Map.of(), Set.of());
    }

    /** History points by the name's match key. */
    Map<String, Since> requiredSinceKeys() {
        Map<String, Since> out = new HashMap<>();
        requiredSince.forEach((name, since) -> out.put(SectionKeys.of(name), since));
        return out;
    }

    /** The optional titles, by match key. */
    Set<String> optionalKeys() {
        Set<String> out = new java.util.HashSet<>();
        optionalSections.forEach(t -> {
            out.add(SectionKeys.of(t));
            out.add(TitleKey.of(t));
        });
        return out;
    }

    /** The keys of {@link #requiredSections}; empty when every section the template has is required. */
    Set<String> requiredSectionKeys() {
        Set<String> out = new java.util.HashSet<>();
        requiredSections.forEach(t -> out.add(SectionKeys.of(t)));
        return out;
    }

    /** Aliases by the template title's match key, as match keys. */
    Map<String, List<String>> aliasKeys() {
        Map<String, List<String>> out = new HashMap<>();
        sectionAliases.forEach((title, aliases) -> out.put(SectionKeys.of(title),
                aliases.stream().map(SectionKeys::of).toList()));
        return out;
    }

    /** Status conditions by the name's match key. */
    Map<String, Set<String>> requiredInKeys() {
        Map<String, Set<String>> out = new HashMap<>();
        requiredIn.forEach((name, statuses) -> out.put(SectionKeys.of(name), Set.copyOf(statuses)));
        return out;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
