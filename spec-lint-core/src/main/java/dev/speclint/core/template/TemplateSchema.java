package dev.speclint.core.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a template says a spec must contain, as {@link TemplateCompiler} learned it.
 *
 * @param name the profile's name or the template's path
 * @param sections the template's top-level sections (usually one H1 whose children are the H2s)
 * @param fields the header metadata fields, in template order
 * @param checklists required checklist items by section
 * @param tables tables by section
 * @param boilerplate the template text a spec must not keep: lines with a placeholder or under a
 *     pattern heading, instructions to the author, guidance comments
 * @param placeholders how placeholders are written, as learned from the template
 */
public record TemplateSchema(String name, List<SectionSpec> sections, List<FieldSpec> fields,
        List<ChecklistSpec> checklists, List<TableSpec> tables, Boilerplate boilerplate,
        PlaceholderSyntax placeholders) {

    /**
     * Copies the lists.
     *
     * @param name the profile's name or the template's path
     * @param sections the template's top-level sections
     * @param fields the header metadata fields, in template order
     * @param checklists required checklist items by section
     * @param tables tables by section
     * @param boilerplate the template text a spec must not keep
     * @param placeholders how placeholders are written
     */
    public TemplateSchema {
        sections = List.copyOf(sections);
        fields = List.copyOf(fields);
        checklists = List.copyOf(checklists);
        tables = List.copyOf(tables);
    }

    /**
     * Every section spec, depth first in template order.
     *
     * @return the top-level specs and all their descendants, each parent before its children
     */
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

    /**
     * {@code normalizeLine(line).hashCode()}, without building the normalized line: a rule that looks every line
     * of a spec up among the template's normalized lines builds only the few whose hash is there.
     *
     * @param line a line of text
     * @return the hash code of its normalized form
     */
    public static int normalizedHash(String line) {
        int h = 0;
        boolean started = false;
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // Character.isWhitespace, ASCII without the lookup
            boolean white = c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F
                    : Character.isWhitespace(c);
            if (white) {
                space = started;
            } else {
                if (space) {
                    h = 31 * h + ' ';
                    space = false;
                }
                h = 31 * h + c;
                started = true;
            }
        }
        return h;
    }

    /**
     * The line as boilerplate is compared: trimmed, inner whitespace collapsed.
     *
     * @param line a line of text
     * @return the line without leading and trailing whitespace, each inner run of whitespace one space
     */
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
