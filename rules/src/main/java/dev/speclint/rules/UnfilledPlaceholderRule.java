package dev.speclint.rules;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.Placeholder;
import dev.speclint.core.template.PlaceholderSyntax;
import java.util.List;

/**
 * No placeholder of the template's syntax is left: bracketed text that is not a link, footnote or
 * task box ({@code [Feature/Component Name]}), {@code XXX}, and the config's extra patterns. Code
 * spans and blocks, links, HTML and comments are never searched.
 */
public final class UnfilledPlaceholderRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("unfilled-placeholder",
            "No template placeholder is left unfilled", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        PlaceholderSyntax syntax = context.schema().placeholders();
        List<String> prose = document.proseLines();
        for (int i = 0; i < prose.size(); i++) {
            String line = prose.get(i);
            if (line.isBlank()) {
                continue;
            }
            String source = document.lines().get(i);
            for (Placeholder p : syntax.find(line)) {
                // quote the source: the prose line has code spans inside the match blanked out
                String text = source.substring(p.start(), p.start() + p.text().length());
                context.report(i + 1, p.column(), "unfilled placeholder '" + text + "': replace it with the real "
                        + "content, or delete the line");
            }
        }
    }
}
