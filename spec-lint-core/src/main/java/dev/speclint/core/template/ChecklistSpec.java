package dev.speclint.core.template;

import java.util.List;

/**
 * The checklist items the template puts in a section, which a spec's same section must carry.
 *
 * @param sectionTitle the owning section's title in the template
 * @param sectionKey the owning section's match key
 * @param items the items' texts as the template writes them, without placeholders
 */
public record ChecklistSpec(String sectionTitle, String sectionKey, List<String> items) {

    public ChecklistSpec {
        items = List.copyOf(items);
    }
}
