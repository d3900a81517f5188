package dev.speclint.rules;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.ChecklistSpec;
import dev.speclint.core.template.SectionKeys;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateCompiler;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When the spec's Status is final (default: Approved), every checklist item is ticked. An item struck
 * out ({@code ~~...~~}) or marked N/A counts as settled, and so do the choices not taken in a list the
 * template offers as a choice ("pick one, delete the rest") once one of them is ticked.
 */
public final class ChecklistIncompleteRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("checklist-incomplete",
            "A spec with a final status has every checklist item ticked", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        StatusPolicy policy = context.status();
        Optional<MetadataField> status = policy.statusField(document);
        if (status.isEmpty()) {
            return;
        }
        Optional<String> finalStatus = StatusPolicy.oneOf(status.get().value(), policy.finalStatuses());
        if (finalStatus.isEmpty()) {
            return;
        }
        Set<Integer> decided = decidedChoices(document, context);
        for (ChecklistItem item : document.checklist()) {
            if (item.checked() || settled(item.text()) || decided.contains(item.sectionLine())) {
                continue;
            }
            context.report(item.line(), item.column(), "unticked checklist item '" + TemplateCompiler.quote(item.text())
                    + "' while Status is " + finalStatus.get() + " (line " + status.get().line() + "): tick it, strike "
                    + "it out (~~...~~) or mark it N/A, or set the status back");
        }
    }

    /**
     * The sections (by heading line) holding a list the template offers as a choice in which one item
     * is ticked: the other items there are the choices not taken.
     */
    private static Set<Integer> decidedChoices(SpecDocument document, RuleContext context) {
        Set<Integer> out = new HashSet<>();
        for (ChecklistSpec checklist : context.schema().checklists()) {
            if (!checklist.isChoice()) {
                continue;
            }
            for (ChecklistItem item : document.checklist()) {
                if (item.checked() && item.sectionLine() > 0) {
                    document.sectionAt(item.sectionLine()).filter(s -> SectionKeys.of(s.title())
                            .equals(checklist.sectionKey())).ifPresent(s -> out.add(item.sectionLine()));
                }
            }
        }
        return out;
    }

    /** Struck out, or marked not applicable. */
    static boolean settled(String text) {
        String t = text.strip();
        if (t.startsWith("~~") && t.indexOf("~~", 2) > 2) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.contains("n/a") || lower.contains("(not applicable)") || lower.startsWith("not applicable");
    }
}
