package dev.speclint.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template cannot say in Markdown, from the config: how its titles drifted over the years,
 * what is required only in some statuses, where the status is written and which statuses leave a spec
 * unchecked.
 *
 * @param sectionAliases by template section title, other titles specs use for it
 *     ({@code Summary of changes: [Introduction]})
 * @param requiredIn by section title, field name or checklist section title, the statuses in which
 *     it is required; in other statuses it is optional
 * @param uncheckedStatuses statuses whose specs are not checked for content (withdrawn, rejected)
 * @param statusField the metadata field that holds a spec's status
 * @param completeIn statuses in which a spec must have everything the template requires; empty: all
 * @param requiredSince by section title, field name or checklist section title, the point in the
 *     template's history (a {@code YYYY-MM-DD} date or a spec number) from which specs must have it
 * @param requiredSections when not empty, the only template sections a spec must have: the template's
 *     other sections are suggestions, for teams whose accepted specs leave them out
 */
public record SchemaHints(Map<String, List<String>> sectionAliases, Map<String, List<String>> requiredIn,
        Set<String> uncheckedStatuses, String statusField, Set<String> completeIn, Map<String, String> requiredSince,
        Set<String> requiredSections) {

    /** No aliases, no status or history conditions, status in {@code Status}. */
    public static final SchemaHints NONE = new SchemaHints(Map.of(), Map.of(), Set.of(), "Status", Set.of(), Map.of(),
            Set.of());

    public SchemaHints {
        sectionAliases = copy(sectionAliases);
        requiredIn = copy(requiredIn);
        uncheckedStatuses = Set.copyOf(uncheckedStatuses);
        completeIn = Set.copyOf(completeIn);
        requiredSince = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requiredSince));
        requiredSections = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(requiredSections));
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
