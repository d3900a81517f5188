package dev.speclint.cli;

import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The spec index as a terminal table and as CSV (RFC 4180), for {@code spec-lint list}. */
final class IndexTable {

    static final List<String> TABLE_HEADER = List.of("ID", "STATUS", "SECTIONS", "CHECKLIST", "PLACEHOLDERS",
            "ERRORS", "WARNINGS", "TITLE");
    static final List<String> CSV_HEADER = List.of("file", "id", "title", "status", "author", "created", "updated",
            "sections_present", "sections_expected", "checklist_ticked", "checklist_total", "placeholders", "errors",
            "warnings");

    private IndexTable() {
    }

    /** Columns padded to their widest cell, numbers right-aligned, then a count line. */
    static void table(SpecIndex index, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TABLE_HEADER);
        for (SpecEntry e : index.specs()) {
            rows.add(List.of(e.id(), e.status().isEmpty() ? "-" : e.status(),
                    fraction(e.sectionsPresent(), e.sectionsExpected()), fraction(e.checklistTicked(), e.checklistTotal()),
                    String.valueOf(e.placeholders()), String.valueOf(e.errors()), String.valueOf(e.warnings()),
                    e.title()));
        }
        int[] widths = new int[TABLE_HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = oneLine(row.get(i));
                boolean last = i == row.size() - 1;
                int pad = widths[i] - cell.codePointCount(0, cell.length());
                boolean right = i >= 2 && i <= 6;
                if (right) {
                    sb.append(" ".repeat(pad)).append(cell);
                } else {
                    sb.append(cell);
                    if (!last) {
                        sb.append(" ".repeat(pad));
                    }
                }
                if (!last) {
                    sb.append("  ");
                }
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println(index.specs().size() + (index.specs().size() == 1 ? " spec" : " specs"));
    }

    static void csv(SpecIndex index, PrintWriter out) {
        out.print(String.join(",", CSV_HEADER) + "\r\n");
        for (SpecEntry e : index.specs()) {
            List<String> cells = List.of(e.file(), e.id(), e.title(), e.status(), e.author(), e.created(), e.updated(),
                    String.valueOf(e.sectionsPresent()), String.valueOf(e.sectionsExpected()),
                    String.valueOf(e.checklistTicked()), String.valueOf(e.checklistTotal()),
                    String.valueOf(e.placeholders()), String.valueOf(e.errors()), String.valueOf(e.warnings()));
            List<String> quoted = new ArrayList<>(cells.size());
            for (String c : cells) {
                quoted.add(c.matches("(?s).*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            out.print(String.join(",", quoted) + "\r\n");
        }
    }

    private static String fraction(int part, int whole) {
        return whole == 0 ? "-" : part + "/" + whole;
    }

    /** Control characters (a title cannot hold a line break, but a field might) shown as spaces. */
    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ");
    }
}
