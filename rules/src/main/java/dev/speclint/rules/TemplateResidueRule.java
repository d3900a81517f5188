package dev.speclint.rules;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.Boilerplate;
import dev.speclint.core.template.TemplateCompiler;
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
 * Instructions to the author ("When filling out this template, delete ...") and the template's
 * guidance comments ({@code <!-- This is an optional element. Feel free to remove. -->}) left verbatim
 * are residue too; a comment the author wrote is not.
 */
public final class TemplateResidueRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("template-residue",
            "No boilerplate line of the template is left in the spec", Severity.ERROR);

    /** Option {@code includePlaceholderLines}. */
    static final RuleOption<Boolean> INCLUDE_PLACEHOLDER_LINES = RuleOption.bool("includePlaceholderLines", false,
            "also report boilerplate lines that still hold a placeholder");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(INCLUDE_PLACEHOLDER_LINES);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        TemplateSchema schema = context.schema();
        Boilerplate boilerplate = schema.boilerplate();
        if (boilerplate.isEmpty()) {
            return;
        }
        boolean placeholderLines = context.options().get(INCLUDE_PLACEHOLDER_LINES);
        Set<Integer> headingLines = new HashSet<>();
        for (Section s : document.allSections()) {
            headingLines.add(s.line());
        }
        Set<Integer> headerLines = new HashSet<>();
        for (MetadataField f : document.metadata()) {
            headerLines.add(f.line());
        }
        // a boilerplate line starts with one of few characters: most lines are passed over without normalizing
        // and its normalized form has the hash of one: the few lines left are the ones normalized
        Set<Character> firstChars = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (String b : boilerplate.lines()) {
            if (!b.isEmpty()) {
                firstChars.add(b.charAt(0));
                hashes.add(b.hashCode());
            }
        }
        List<String> lines = document.lines();
        List<String> prose = document.proseLines();
        List<int[]> runs = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            int first = firstNonBlank(text) - 1;
            if (first >= text.length() || !firstChars.contains(text.charAt(first)) || headingLines.contains(line)
                    || prose.get(i).isBlank() || document.inCodeBlock(line)) {
                continue;
            }
            if (!hashes.contains(TemplateSchema.normalizedHash(text))
                    || !boilerplate.lines().contains(TemplateSchema.normalizeLine(text))) {
                continue;
            }
            boolean placeholder = headerLines.contains(line) ? schema.placeholders().matchesInHeader(text)
                    : schema.placeholders().matches(prose.get(i));
            if (!placeholderLines && placeholder) {
                continue; // unfilled-placeholder reports it, placeholder by placeholder
            }
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == line - 1) {
                runs.get(runs.size() - 1)[1] = line; // the next line of the same left-in paragraph
            } else {
                runs.add(new int[] {line, line});
            }
        }
        for (int[] run : runs) {
            String text = lines.get(run[0] - 1);
            int after = run[1] - run[0];
            String more = after == 0 ? "" : after == 1 ? " (and the line after it)" : " (and the " + after + " lines after it)";
            context.report(run[0], firstNonBlank(text), "template text left in the spec: '"
                    + TemplateCompiler.quote(text) + "'" + more + ": replace it with the spec's own content, or "
                    + "delete it");
        }
        Set<Integer> reported = new HashSet<>();
        for (int[] run : runs) {
            for (int ln = run[0]; ln <= run[1]; ln++) {
                reported.add(ln);
            }
        }
        for (HtmlComment c : document.comments()) {
            if (boilerplate.isTemplateComment(c.body()) && !document.inCodeBlock(c.line()) && !reported.contains(c.line())) {
                context.report(c.line(), c.column(), "the template's guidance comment is left in the spec: '<!-- "
                        + TemplateCompiler.quote(c.body()) + " -->': delete it");
            }
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
