package dev.speclint.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the config adds to a template, for what the template cannot say in Markdown: which sections
 * are optional or required and since when, what else a placeholder looks like, how titles drifted
 * over the years. Each component is the config key of the same name.
 *
 * @param optionalSections titles of sections that need not be present even though the template has
 *     them (compared by key)
 * @param placeholderPatterns extra placeholder patterns (regular expressions) beyond the template's
 *     bracket syntax, e.g. {@code TBD} or {@code \(fill me in[^)]*\)}
 * @param sectionAliases by template section title, other titles specs use for it
 *     ({@code Summary of changes: [Introduction]})
 * @param requiredIn by section title, field name or checklist section title, the statuses in which
 *     it is required; in other statuses it is optional
 * @param requiredSince by section title, field name or checklist section title, the point in the
 *     template's history (a {@code YYYY-MM-DD} date or a spec number) from which specs must have it
 * @param requiredSections when not empty, the only template sections a spec must have: the template's
 *     other sections are suggestions, for teams whose accepted specs leave them out
 */
public record TemplateSettings(Set<String> optionalSections, List<String> placeholderPatterns,
        Map<String, List<String>> sectionAliases, Map<String, List<String>> requiredIn,
        Map<String, String> requiredSince, Set<String> requiredSections) {

    /** The template as it is: nothing optional, aliased or conditional beyond what it says. */
    public static final TemplateSettings NONE = new TemplateSettings(Set.of(), List.of(), Map.of(), Map.of(),
            Map.of(), Set.of());

    /**
     * Copies the collections, keeping the order of the maps and of {@code requiredSections}.
     *
     * @param optionalSections titles of sections that need not be present; empty for none
     * @param placeholderPatterns extra placeholder patterns (regular expressions); empty for the
     *     template's syntax alone
     * @param sectionAliases template section title to the other titles specs use; empty for none
     * @param requiredIn title or field name to the statuses it is required in; empty for none
     * @param requiredSince title or field name to the date or spec number from which it is required;
     *     empty for none
     * @param requiredSections the only template sections a spec must have; empty: all the template has
     */
    public TemplateSettings {
        optionalSections = Set.copyOf(optionalSections);
        placeholderPatterns = List.copyOf(placeholderPatterns);
        sectionAliases = copy(sectionAliases);
        requiredIn = copy(requiredIn);
        requiredSince = Collections.unmodifiableMap(new LinkedHashMap<>(requiredSince));
        requiredSections = Collections.unmodifiableSet(new LinkedHashSet<>(requiredSections));
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
