package dev.speclint.core.template;

import java.util.List;
import java.util.Set;

/**
 * The checklist items the template puts in a section, which a spec's same section must carry.
 *
 * @param sectionTitle the owning section's title in the template
 * @param sectionKey the owning section's match key
 * @param items the items' texts as the template writes them, without placeholders
 * @param pickOne why the list is a choice (pick one, delete the rest): the template line that says
 *     so; empty when it is a list of tasks, every one required
 * @param requiredIn the statuses in which it is required (config {@code requiredIn}); empty: in all
 * @param since the point in the template's history from which it is required (config
 *     {@code requiredSince})
 */
public record ChecklistSpec(String sectionTitle, String sectionKey, List<String> items, String pickOne,
        Set<String> requiredIn, Since since) {

    /**
     * Copies the collections.
     *
     * @param sectionTitle the owning section's title in the template
     * @param sectionKey the owning section's match key
     * @param items the items' texts, without placeholders
     * @param pickOne why the list is a choice; empty when every item is required
     * @param requiredIn the statuses in which it is required; empty: in all
     * @param since from when it is required; {@link Since#ALWAYS} for every spec
     */
    public ChecklistSpec {
        items = List.copyOf(items);
        requiredIn = Set.copyOf(requiredIn);
    }

    /**
     * Whether a spec satisfies it with one ticked item.
     *
     * @return true when {@link #pickOne()} is not empty
     */
    public boolean isChoice() {
        return !pickOne.isEmpty();
    }
}
