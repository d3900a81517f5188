package dev.speclint.rules;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.TitleKey;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When the spec's Status is final (default: Approved), every checklist item is ticked. An item struck
 * out ({@code ~~...~~}) or marked N/A counts as settled.
 */
public final class ChecklistIncompleteRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("checklist-incomplete",
            "A spec with a final status has every checklist item ticked", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validateOptions(RuleOptions options) {
        options.string("field");
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        Optional<MetadataField> status = document.metadataField(context.options().string("field").orElse("Status"));
        if (status.isEmpty()) {
            return;
        }
        Optional<String> finalStatus = finalStatus(status.get().value(), context.schema().finalStatuses());
        if (finalStatus.isEmpty()) {
            return;
        }
        for (ChecklistItem item : document.checklist()) {
            if (item.checked() || settled(item.text())) {
                continue;
            }
            context.report(item.line(), item.column(), "unticked checklist item '" + item.text() + "' while Status is "
                    + finalStatus.get() + " (line " + status.get().line() + "): tick it, strike it out (~~...~~) or "
                    + "mark it N/A, or set the status back");
        }
    }

    /** The final status {@code value} names, if any: {@code Approved}, {@code **Approved** (2026-01-02)}. */
    static Optional<String> finalStatus(String value, Set<String> finalStatuses) {
        String key = TitleKey.of(value.replace("*", "").replace("_", " "));
        for (String f : finalStatuses) {
            String fk = TitleKey.of(f);
            if (key.equals(fk) || key.startsWith(fk) && !Character.isLetterOrDigit(key.charAt(fk.length()))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
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
