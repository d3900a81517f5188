package dev.speclint.core.template;

import java.util.List;
import java.util.Map;

/**
 * A table the template puts in a section.
 *
 * @param sectionTitle the owning section's title in the template
 * @param sectionKey the owning section's match key
 * @param columns the header cells, as written
 * @param choices per column index, the allowed values when the template's cells list choices
 *     ({@code High/Medium/Low})
 * @param line the table's line in the template
 */
public record TableSpec(String sectionTitle, String sectionKey, List<String> columns,
        Map<Integer, List<String>> choices, int line) {

    /**
     * Copies the columns and choices.
     *
     * @param sectionTitle the owning section's title in the template
     * @param sectionKey the owning section's match key
     * @param columns the header cells, as written
     * @param choices per 0-based column index, the allowed values; a column without choices is absent
     * @param line the table's 1-based line in the template
     */
    public TableSpec {
        columns = List.copyOf(columns);
        choices = Map.copyOf(choices);
    }
}
