package dev.speclint.rules;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.ChecklistSpec;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    public Optional<Set<String>> optionNames() {
        return Optional.of(Set.of());
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        SectionMatch match = context.sectionMatch(document);
        for (ChecklistSpec checklist : context.schema().checklists()) {
            if (!context.schema().status().requires(true, checklist.requiredIn(), checklist.since(), document)) {
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
        for (String text : missing) {
            context.report(section.line(), section.column(), "checklist item '" + text + "' of the template is "
                    + "missing from '" + name + "': add '- [ ] " + text + "', or '- [x] ~~" + text
                    + "~~ (why)' if it does not apply");
        }
    }

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
