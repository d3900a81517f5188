package dev.speclint.core.config;

import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.StatusPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a spec's status means to a run: where it is written, which statuses are final, allowed,
 * unchecked or held to the whole template, and how a status changes rule severities. Each component
 * is the config key of the same name.
 *
 * @param statusField the metadata field that holds a spec's status (default {@code Status})
 * @param finalStatuses statuses that mean "finished": checklists must be complete, placeholders gone
 * @param extraStatuses statuses allowed beside those the template lists
 * @param uncheckedStatuses statuses whose specs are not checked for content (withdrawn, rejected)
 * @param completeIn statuses in which a spec must have everything the template requires; empty: all
 * @param ownOutlineWhen by metadata field name, the values that mark a spec written in its own outline
 *     (a policy or process document beside the feature specs the template is for): such a spec is not
 *     held to the template's structure, whatever its status
 * @param severityByStatus by value of a document's status field (compared by key, {@code Draft}
 *     matches {@code **Draft** (v2)}), the severity of rules in that document; it wins over the
 *     severity under {@code rules:}
 */
public record StatusSettings(String statusField, Set<String> finalStatuses, Set<String> extraStatuses,
        Set<String> uncheckedStatuses, Set<String> completeIn, Map<String, List<String>> ownOutlineWhen,
        Map<String, Map<String, Severity>> severityByStatus) {

    /** Status in {@code Status}, final status {@code Approved}, nothing else. */
    public static final StatusSettings DEFAULT = new StatusSettings(StatusPolicy.DEFAULT_FIELD, Set.of("Approved"),
            Set.of(), Set.of(), Set.of(), Map.of(), Map.of());

    /**
     * Copies the sets and maps, the inner maps of {@code severityByStatus} included.
     *
     * @param statusField the metadata field that holds a spec's status
     * @param finalStatuses statuses that mean "finished"
     * @param extraStatuses statuses allowed beside those the template lists; empty for none
     * @param uncheckedStatuses statuses whose specs are not checked for content; empty for none
     * @param completeIn statuses in which a spec must have everything the template requires; empty: all
     * @param ownOutlineWhen field name to the values that mark a spec of its own outline; empty for none
     * @param severityByStatus status to rule id to severity; empty for none
     */
    public StatusSettings {
        finalStatuses = Set.copyOf(finalStatuses);
        extraStatuses = Set.copyOf(extraStatuses);
        uncheckedStatuses = Set.copyOf(uncheckedStatuses);
        completeIn = Set.copyOf(completeIn);
        Map<String, List<String>> own = new LinkedHashMap<>();
        ownOutlineWhen.forEach((field, values) -> own.put(field, List.copyOf(values)));
        ownOutlineWhen = Collections.unmodifiableMap(own);
        Map<String, Map<String, Severity>> byStatus = new LinkedHashMap<>();
        severityByStatus.forEach((status, severities) -> byStatus.put(status, Map.copyOf(severities)));
        severityByStatus = Map.copyOf(byStatus);
    }
}
