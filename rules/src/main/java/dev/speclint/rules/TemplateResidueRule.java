package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.TemplateSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No boilerplate line of the template is left verbatim (compared trimmed, inner whitespace
 * collapsed): the example steps under a pattern heading ({@code 1. User action}), a template row
 * ({@code | [Risk 1] | High/Medium/Low | ... |}). Lines in code blocks and heading lines are not
 * searched. A line that still holds a placeholder is left to {@code unfilled-placeholder}, which
 * reports each placeholder at its column, unless option {@code includePlaceholderLines} is true.
 */
public final class TemplateResidueRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("template-residue",
            "No boilerplate line of the template is left in the spec", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validateOptions(RuleOptions options) {
        options.bool("includePlaceholderLines", false);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        TemplateSchema schema = context.schema();
        if (schema.boilerplate().isEmpty()) {
            return;
        }
        boolean placeholderLines = context.options().bool("includePlaceholderLines", false);
        Set<Integer> headingLines = new HashSet<>();
        for (Section s : document.allSections()) {
            headingLines.add(s.line());
        }
        // a boilerplate line starts with one of few characters: most lines are passed over without normalizing
        Set<Character> firstChars = new HashSet<>();
        for (String b : schema.boilerplate()) {
            if (!b.isEmpty()) {
                firstChars.add(b.charAt(0));
            }
        }
        List<String> lines = document.lines();
        List<String> prose = document.proseLines();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            int first = firstNonBlank(text) - 1;
            if (first >= text.length() || !firstChars.contains(text.charAt(first)) || headingLines.contains(line)
                    || prose.get(i).isBlank() || document.inCodeBlock(line)) {
                continue;
            }
            String normalized = TemplateSchema.normalizeLine(text);
            if (!schema.boilerplate().contains(normalized)) {
                continue;
            }
            if (!placeholderLines && schema.placeholders().matches(prose.get(i))) {
                continue; // unfilled-placeholder reports it, placeholder by placeholder
            }
            context.report(line, firstNonBlank(text), "template text left in the spec: '" + normalized
                    + "': replace it with the spec's own content, or delete the line");
        }
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i + 1;
    }
}
