package dev.speclint.core.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What a template says a spec must contain, as {@link TemplateCompiler} learned it.
 *
 * @param name the profile's name or the template's path
 * @param sections the template's top-level sections (usually one H1 whose children are the H2s)
 * @param fields the header metadata fields, in template order
 * @param checklists required checklist items by section
 * @param tables tables by section
 * @param boilerplate the template's boilerplate lines, normalized (see {@link #normalizeLine}): lines
 *     that hold a placeholder or sit under a pattern heading; the same line in a spec is residue
 * @param placeholders how placeholders are written
 * @param finalStatuses statuses that mean "finished"
 * @param extraStatuses statuses the config allows beside those the template lists (e.g. {@code In Review})
 */
public record TemplateSchema(String name, List<SectionSpec> sections, List<FieldSpec> fields,
        List<ChecklistSpec> checklists, List<TableSpec> tables, Set<String> boilerplate,
        PlaceholderSyntax placeholders, Set<String> finalStatuses, Set<String> extraStatuses) {

    /** A schema without extra statuses. */
    public TemplateSchema(String name, List<SectionSpec> sections, List<FieldSpec> fields,
            List<ChecklistSpec> checklists, List<TableSpec> tables, Set<String> boilerplate,
            PlaceholderSyntax placeholders, Set<String> finalStatuses) {
        this(name, sections, fields, checklists, tables, boilerplate, placeholders, finalStatuses, Set.of());
    }

    public TemplateSchema {
        sections = List.copyOf(sections);
        fields = List.copyOf(fields);
        checklists = List.copyOf(checklists);
        tables = List.copyOf(tables);
        boilerplate = Set.copyOf(boilerplate);
        finalStatuses = Set.copyOf(finalStatuses);
        extraStatuses = Set.copyOf(extraStatuses);
    }

    /** Every section spec, depth first in template order. */
    public List<SectionSpec> allSections() {
        List<SectionSpec> out = new ArrayList<>();
        Deque<SectionSpec> todo = new ArrayDeque<>();
        for (int i = sections.size() - 1; i >= 0; i--) {
            todo.push(sections.get(i));
        }
        while (!todo.isEmpty()) {
            SectionSpec s = todo.pop();
            out.add(s);
            for (int i = s.children().size() - 1; i >= 0; i--) {
                todo.push(s.children().get(i));
            }
        }
        return out;
    }

    /** The line as boilerplate is compared: trimmed, inner whitespace collapsed. */
    public static String normalizeLine(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
