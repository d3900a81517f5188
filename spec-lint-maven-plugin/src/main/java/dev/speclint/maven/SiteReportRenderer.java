package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.rule.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/**
 * The site page: what {@code --format html} shows (summary by status and by rule, a table of the
 * specs with their completeness, per spec its findings with the line quoted), written through the
 * site's {@link Sink} so it takes the site's skin. The Sink escapes all text.
 */
final class SiteReportRenderer {

    /** The id of the specs table, one row per spec (the ITs count them). */
    static final String SPECS_TABLE_ID = "spec-lint-specs";

    private final Sink sink;

    SiteReportRenderer(Sink sink) {
        this.sink = sink;
    }

    void render(String title, SpecIndex index, LintResult result) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
        paragraph(index.specs().size() + " specs, " + result.errorCount() + " errors, " + result.warningCount()
                + " warnings.");
        summary(index);
        specs(index);
        findings(index, result);
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void summary(SpecIndex index) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Specs by status");
        sink.sectionTitle2_();
        List<List<String>> rows = new ArrayList<>();
        index.byStatus().forEach((status, n) -> rows.add(List.of(status.isEmpty() ? "(no status)" : status,
                n + " " + bar(n, index.specs().size()))));
        table(null, List.of("Status", "Specs"), rows);
        sink.section2_();
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings by rule");
        sink.sectionTitle2_();
        if (index.byRule().isEmpty()) {
            paragraph("No findings.");
        } else {
            List<List<String>> ruleRows = new ArrayList<>();
            index.byRule().forEach((rule, n) -> ruleRows.add(List.of(rule, String.valueOf(n))));
            table(null, List.of("Rule", "Findings"), ruleRows);
        }
        sink.section2_();
    }

    private void specs(SpecIndex index) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Specs");
        sink.sectionTitle2_();
        List<List<String>> rows = new ArrayList<>();
        for (SpecEntry e : index.specs()) {
            rows.add(List.of(e.id(), e.title(), e.status(), e.author(),
                    completeness(e.sectionsPresent(), e.sectionsExpected(), e.sectionsPercent()),
                    completeness(e.checklistTicked(), e.checklistTotal(), e.checklistPercent()),
                    String.valueOf(e.placeholders()), String.valueOf(e.errors()), String.valueOf(e.warnings())));
        }
        table(SPECS_TABLE_ID, List.of("Id", "Title", "Status", "Author", "Sections", "Checklist", "Placeholders",
                "Errors", "Warnings"), rows);
        sink.section2_();
    }

    private void findings(SpecIndex index, LintResult result) {
        Map<String, List<Violation>> byFile = result.violations().stream()
                .collect(Collectors.groupingBy(Violation::file, LinkedHashMap::new, Collectors.toList()));
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings");
        sink.sectionTitle2_();
        for (SpecEntry e : index.specs()) {
            List<Violation> vs = byFile.remove(e.file());
            if (vs == null) {
                continue;
            }
            sink.section3();
            sink.sectionTitle3();
            sink.text(e.id() + (e.title().isEmpty() ? "" : ": " + e.title()) + " (" + e.file() + ")");
            sink.sectionTitle3_();
            findingList(vs, result);
            sink.section3_();
        }
        for (Map.Entry<String, List<Violation>> other : byFile.entrySet()) {
            sink.section3();
            sink.sectionTitle3();
            sink.text(other.getKey());
            sink.sectionTitle3_();
            findingList(other.getValue(), result);
            sink.section3_();
        }
        sink.section2_();
    }

    private void findingList(List<Violation> vs, LintResult result) {
        for (Violation v : vs) {
            sink.paragraph();
            sink.bold();
            sink.text(v.file() + ":" + v.line() + ":" + v.column());
            sink.bold_();
            sink.text(" " + v.severity().label() + ": " + v.message() + " [" + v.rule() + "]");
            sink.paragraph_();
            result.lineText(v).ifPresent(line -> {
                sink.verbatim();
                sink.text(line);
                sink.verbatim_();
            });
        }
    }

    private void table(String id, List<String> header, List<List<String>> rows) {
        if (id == null) {
            sink.table();
        } else {
            sink.table(new SinkEventAttributeSet(SinkEventAttributeSet.ID, id));
        }
        sink.tableRows(null, false);
        sink.tableRow();
        for (String h : header) {
            sink.tableHeaderCell();
            sink.text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<String> row : rows) {
            sink.tableRow();
            for (String cell : row) {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    /** {@code 7/9 (77%)}, or a dash when nothing is expected. */
    private static String completeness(int part, int whole, int percent) {
        return whole == 0 ? "-" : part + "/" + whole + " (" + percent + "%)";
    }

    /** A text bar of ten cells: the site's skin styles text, not the dashboard's SVG. */
    private static String bar(int n, int total) {
        int filled = total == 0 ? 0 : Math.round(10f * n / total);
        return "\u2588".repeat(filled) + "\u2591".repeat(10 - filled);
    }
}
