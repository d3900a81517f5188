package dev.speclint.rules;

import dev.speclint.core.document.Link;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.Placeholder;
import dev.speclint.core.template.PlaceholderSyntax;
import dev.speclint.core.template.TemplateCompiler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No placeholder of the template's syntax is left unfilled: the shapes the template uses, where it
 * uses them (see {@code PlaceholderSyntax}: {@code [Name]}, {@code <a few words>}, {@code {...}},
 * {@code SE-NNNN}, {@code TBD}, {@code (fill me in ...)}), and the config's extra patterns. Prose is
 * searched with code spans and blocks, links, HTML and comments blanked out; header metadata values
 * are searched as written (a {@code [SE-NNNN](NNNN-filename.md)} value is one finding); relative link
 * targets are searched for the id tokens the template writes in its own link targets.
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
        Map<Integer, MetadataField> header = new HashMap<>();
        for (MetadataField f : document.metadata()) {
            if (f.origin() == MetadataField.Origin.HEADER) {
                header.put(f.line(), f);
            }
        }
        List<String> prose = document.proseLines();
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (int i = 0; i < prose.size(); i++) {
            String line = prose.get(i);
            String source = document.lines().get(i);
            MetadataField field = header.get(i + 1);
            if (field != null) {
                if (checkHeader(field, source, syntax, context)) {
                    reported.add(i + 1);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            for (Placeholder p : syntax.find(line)) {
                // quote the source: the prose line has code spans inside the match blanked out
                String text = source.substring(p.start(), p.start() + p.text().length());
                context.report(i + 1, p.column(), "unfilled placeholder '" + TemplateCompiler.quote(text)
                        + "': replace it with the real content, or delete the line");
            }
        }
        for (Link link : document.links()) {
            if (!reported.contains(link.line()) && link.kind() != Link.Kind.AUTOLINK
                    && syntax.matchesTarget(link.destination())) {
                context.report(link.line(), link.column(), "unfilled placeholder in the link target '"
                        + TemplateCompiler.quote(link.destination()) + "': link to the real file");
            }
        }
    }

    /** One finding per header line, however many placeholders its value holds. */
    private static boolean checkHeader(MetadataField field, String source, PlaceholderSyntax syntax,
            RuleContext context) {
        int from = Math.min(source.length(), Math.max(0, field.valueColumn() - 1));
        List<Placeholder> found = syntax.findInHeader(source.substring(from));
        if (found.isEmpty()) {
            return false;
        }
        List<String> texts = found.stream().map(p -> "'" + TemplateCompiler.quote(p.text()) + "'").toList();
        context.report(field.line(), from + found.get(0).column(), "metadata field '" + field.key()
                + "' still holds the template's placeholder " + String.join(", ", texts) + ": fill it in");
        return true;
    }
}
