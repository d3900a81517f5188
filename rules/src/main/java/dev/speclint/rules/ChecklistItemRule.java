package dev.speclint.rules;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.template.ChecklistSpec;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every checklist item of the template is in the matching section of the spec (subsections
 * included), ticked or not; a struck-out item counts as present. Items compare by key, and a spec
 * item may add to the template's text ({@code Rate limiting (N/A: internal)}). A section with none
 * of its items gives one violation, not one per item. A list the template offers as a choice ("pick
 * one, delete the rest") needs only one of its items. A checklist the config requires only in some
 * statuses ({@code requiredIn}) is checked only in those. A missing section is
 * {@code required-section}'s.
 */
public final class ChecklistItemRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("checklist-item",
            "The template's checklist items are all in the spec", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        SectionMatch match = context.sectionMatch(document);
        for (ChecklistSpec checklist : context.schema().checklists()) {
            if (!context.status().requires(true, checklist.requiredIn(), checklist.since(), document)) {
                continue; // required only in other statuses (config completeIn, requiredIn)
            }
            for (SectionSpec spec : context.schema().allSections()) {
                if (!spec.key().equals(checklist.sectionKey())) {
                    continue;
                }
                for (Section section : match.sections(spec)) {
                    checkSection(document, section, checklist, context);
                }
            }
        }
    }

    private void checkSection(SpecDocument document, Section section, ChecklistSpec checklist, RuleContext context) {
        List<String> present = new ArrayList<>();
        for (ChecklistItem item : document.checklist()) {
            if (section.contains(item.line())) {
                present.add(item.key());
            }
        }
        List<String> missing = new ArrayList<>();
        for (String text : checklist.items()) {
            if (!contains(present, key(text))) {
                missing.add(text);
            }
        }
        String name = Titles.display(section.title());
        if (checklist.isChoice()) {
            // pick one, delete the rest: one of the items is enough
            if (missing.size() == checklist.items().size()) {
                context.report(section.line(), section.column(), "section '" + name + "' keeps none of the template's "
                        + "choices (" + String.join(", ", checklist.items()) + "): keep the one that applies, ticked");
            }
            return;
        }
        if (present.isEmpty() && missing.size() > 1) {
            context.report(section.line(), section.column(), "section '" + name + "' has none of the template's "
                    + missing.size() + " checklist items (" + String.join(", ", missing) + "): add them as "
                    + "'- [ ] item'; strike out an item that does not apply");
            return;
        }
        Map<String, Fix> fixes = fixes(document, section, checklist, present, items(document, section));
        for (String text : missing) {
            context.report(section.line(), section.column(), "checklist item '" + text + "' of the template is "
                    + "missing from '" + name + "': add '- [ ] " + text + "', or '- [x] ~~" + text
                    + "~~ (why)' if it does not apply", fixes.get(text));
        }
    }

    /** The section's checklist items, in document order. */
    private static List<ChecklistItem> items(SpecDocument document, Section section) {
        List<ChecklistItem> out = new ArrayList<>();
        for (ChecklistItem item : document.checklist()) {
            if (section.contains(item.line())) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * The fixes for the missing items, by item text: each missing item goes in unticked at its template
     * position, after the nearest item the template puts before it that the list has (else before the
     * nearest one after it), written with that item's indent and list marker. Missing items that share
     * an insertion point are one fix, held by the first of them, so they go in in template order.
     * None when the section has no item to place them by.
     */
    private static Map<String, Fix> fixes(SpecDocument document, Section section, ChecklistSpec checklist,
            List<String> present, List<ChecklistItem> items) {
        Map<String, Fix> out = new HashMap<>();
        if (items.isEmpty()) {
            return out;
        }
        List<String> template = checklist.items();
        Map<Integer, List<String>> byPoint = new LinkedHashMap<>(); // insertion line -> items, template order
        Map<Integer, ChecklistItem> models = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String text = template.get(i);
            if (contains(present, key(text))) {
                continue;
            }
            ChecklistItem anchor = null;
            boolean after = true;
            for (int j = i - 1; j >= 0 && anchor == null; j--) {
                anchor = find(items, key(template.get(j)));
            }
            if (anchor == null) {
                after = false;
                for (int j = i + 1; j < template.size() && anchor == null; j++) {
                    anchor = find(items, key(template.get(j)));
                }
            }
            if (anchor == null || anchor.line() > document.lineCount()) {
                continue;
            }
            int point = after ? endOf(document, section, anchor) + 1 : anchor.line();
            byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(text);
            models.put(point, anchor);
        }
        for (Map.Entry<Integer, List<String>> e : byPoint.entrySet()) {
            String line = document.lines().get(models.get(e.getKey()).line() - 1);
            String marker = marker(line, models.get(e.getKey()));
            if (marker == null) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (String item : e.getValue()) {
                text.append(marker).append("[ ] ").append(item).append('\n');
            }
            List<String> group = e.getValue();
            out.put(group.get(0), Fix.of(group.size() == 1 ? "Insert checklist item '" + group.get(0) + "'"
                    : "Insert the " + group.size() + " missing checklist items", TextEdit.insert(e.getKey(), 1,
                            text.toString())));
        }
        return out;
    }

    private static ChecklistItem find(List<ChecklistItem> items, String wantedKey) {
        for (ChecklistItem item : items) {
            if (contains(List.of(item.key()), wantedKey)) {
                return item;
            }
        }
        return null;
    }

    /** The last line of {@code item}: its marker line and the indented lines that continue it. */
    private static int endOf(SpecDocument document, Section section, ChecklistItem item) {
        int last = item.line();
        while (last + 1 <= document.lineCount() && section.contains(last + 1)) {
            String next = document.lines().get(last);
            if (next.isBlank() || next.length() - next.stripLeading().length() < item.column()) {
                break;
            }
            last++;
        }
        return last;
    }

    /** The indent and list marker of {@code item}'s line ({@code "  - "}, {@code "1. "}), or null. */
    private static String marker(String line, ChecklistItem item) {
        int box = line.indexOf('[', Math.max(0, item.column() - 1));
        if (box < 0) {
            return null;
        }
        String prefix = line.substring(0, box);
        return LIST_MARKER.matcher(prefix.strip()).matches() ? prefix : null;
    }

    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("[-*+]|\\d{1,9}[.)]");

    private static String key(String text) {
        return new ChecklistItem(false, text, 1, 1, 0).key();
    }

    /** A spec item matches when its key is the template item's, or starts with it and goes on after a break. */
    private static boolean contains(List<String> present, String wanted) {
        for (String p : present) {
            if (p.equals(wanted) || p.startsWith(wanted) && !Character.isLetterOrDigit(p.charAt(wanted.length()))) {
                return true;
            }
        }
        return false;
    }
}
