package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.Table;
import dev.speclint.core.document.TableCell;
import dev.speclint.core.document.TitleKey;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TableSpec;
import dev.speclint.core.template.TemplateCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each table of the template is in the matching section of the spec with the template's header
 * columns (compared by key; extra columns are fine), and a column whose template cells list choices
 * ({@code High/Medium/Low}) holds one of them in every row. A missing section is
 * {@code required-section}'s business.
 */
public final class TableColumnsRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("table-columns",
            "The template's tables are present with their columns and allowed values", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        SectionMatch match = context.sectionMatch(document);
        for (TableSpec table : context.schema().tables()) {
            Optional<SectionSpec> owner = owner(context.schema().allSections(), table);
            if (owner.isEmpty()) {
                continue;
            }
            for (Section section : match.sections(owner.get())) {
                checkSection(document, section, table, context);
            }
        }
    }

    /** The template section holding {@code table}: the last heading before it. */
    private static Optional<SectionSpec> owner(List<SectionSpec> specs, TableSpec table) {
        SectionSpec found = null;
        for (SectionSpec s : specs) {
            if (s.line() < table.line() && (found == null || s.line() > found.line())) {
                found = s;
            }
        }
        return Optional.ofNullable(found).filter(s -> s.key().equals(table.sectionKey()));
    }

    private void checkSection(SpecDocument document, Section section, TableSpec spec, RuleContext context) {
        List<Table> candidates = new ArrayList<>();
        for (Table t : document.tables()) {
            if (section.contains(t.line())) {
                candidates.add(t);
            }
        }
        String columns = String.join(" | ", spec.columns());
        if (candidates.isEmpty()) {
            context.report(section.line(), section.column(), "section '" + Titles.display(section.title())
                    + "' has no table; the template has one with columns | " + columns + " |: add it");
            return;
        }
        Table best = candidates.get(0);
        int bestScore = -1;
        for (Table t : candidates) {
            int score = 0;
            for (String c : spec.columns()) {
                if (columnIndex(t, c) >= 0) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        for (String c : spec.columns()) {
            if (columnIndex(best, c) < 0) {
                context.report(best.line(), best.column(), "table has no column '" + c + "'; the template's columns are | "
                        + columns + " |: add it");
            }
        }
        for (Map.Entry<Integer, List<String>> e : spec.choices().entrySet()) {
            if (e.getKey() >= spec.columns().size()) {
                continue;
            }
            String column = spec.columns().get(e.getKey());
            int index = columnIndex(best, column);
            if (index < 0) {
                continue;
            }
            for (List<TableCell> row : best.rows()) {
                if (index < row.size()) {
                    checkCell(row.get(index), column, e.getValue(), context);
                }
            }
        }
    }

    private static void checkCell(TableCell cell, String column, List<String> allowed, RuleContext context) {
        String choices = String.join("/", allowed);
        if (!TemplateCompiler.choices(cell.text()).isEmpty()) {
            context.report(cell.line(), cell.column(), "column '" + column + "' still lists the choices '" + cell.text()
                    + "': keep the one that applies");
        } else if (!MetadataFieldRule.oneOf(StatusPolicy.plain(cell.text()), allowed)) {
            String shown = cell.text().isEmpty() ? "empty" : "'" + cell.text() + "'";
            context.report(cell.line(), cell.column(), "column '" + column + "' is " + shown + ", not one of "
                    + choices + ": use one of them");
        }
    }

    private static int columnIndex(Table table, String column) {
        String key = TitleKey.of(column);
        for (int i = 0; i < table.header().size(); i++) {
            if (TitleKey.of(table.header().get(i).text()).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
