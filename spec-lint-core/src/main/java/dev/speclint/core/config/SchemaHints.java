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
 */
public record SchemaHints(Map<String, List<String>> sectionAliases, Map<String, List<String>> requiredIn,
        Set<String> uncheckedStatuses, String statusField, Set<String> completeIn) {

    /** No aliases, no status conditions, status in {@code Status}. */
    public static final SchemaHints NONE = new SchemaHints(Map.of(), Map.of(), Set.of(), "Status", Set.of());

    public SchemaHints {
        sectionAliases = copy(sectionAliases);
        requiredIn = copy(requiredIn);
        uncheckedStatuses = Set.copyOf(uncheckedStatuses);
        completeIn = Set.copyOf(completeIn);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
