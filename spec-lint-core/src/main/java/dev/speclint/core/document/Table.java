package dev.speclint.core.document;

import java.util.List;

/**
 * A GFM pipe table.
 *
 * @param header the header row's cells
 * @param rows the body rows, each a list of cells
 * @param line 1-based line of the header row
 * @param column 1-based column of the table's first character
 * @param sectionLine heading line of the owning section, or 0 when the table precedes every heading
 */
public record Table(List<TableCell> header, List<List<TableCell>> rows, int line, int column, int sectionLine) {

    /**
     * Copies the header and each row.
     *
     * @param header the header row's cells
     * @param rows the body rows, each a list of cells
     * @param line 1-based line of the header row
     * @param column 1-based column of the table's first character
     * @param sectionLine heading line of the owning section, or 0 when the table precedes every heading
     */
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
