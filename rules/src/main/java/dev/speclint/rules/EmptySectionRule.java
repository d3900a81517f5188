package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.TemplateCompiler;
import java.util.List;
import java.util.Optional;

/**
 * A section the template asks for is not left empty: it has content of its own or in a subsection
 * (a thematic break or an HTML comment is no content). The document's title is not checked. When
 * the heading after an empty section is one the template does not have, the message says the
 * content may be there a level too high.
 * Option {@code allSections: true} checks every section, including those the template does not name.
 */
public final class EmptySectionRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("empty-section",
            "A section of the template has content", Severity.ERROR);

    /** Option {@code allSections}. */
    static final RuleOption<Boolean> ALL_SECTIONS = RuleOption.bool("allSections", false,
            "check every section, not only those matching the template");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(ALL_SECTIONS);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        boolean all = context.options().get(ALL_SECTIONS);
        SectionMatch match = context.sectionMatch(document);
        for (Section s : document.allSections()) {
            if (s.hasContent() || s.parent().map(p -> !p.hasContent() && reported(p, match, all)).orElse(false)) {
                continue; // an empty parent is one finding, not one more per empty child
            }
            Optional<SectionSpec> spec = match.spec(s);
            boolean title = spec.map(sp -> sp.pattern() && sp.level() == 1).orElse(false);
            if (title || spec.isEmpty() && !all) {
                continue;
            }
            Section next = nextSibling(s, document);
            if (next != null && spec.isPresent() && match.spec(next).isEmpty()
                    && context.schema().allSections().stream().noneMatch(sp -> !sp.pattern() && sp.named(next.key()))) {
                // "## Unresolved questions" then "## Version ranges ...": the content is there, a level too
                // high; a heading any template section is titled (Alternatives, even in a spec that predates
                // it) is that section, not the empty one's content
                context.report(s.line(), s.column(), "section '" + Titles.display(s.title()) + "' is empty, and '"
                        + TemplateCompiler.quote(Titles.display(next.title())) + "' after it (line " + next.line()
                        + ") is no section of the template: if it belongs under '" + Titles.display(s.title()) + "', make it a level-"
                        + (next.level() + 1) + " heading; else write this section's content");
                continue;
            }
            context.report(s.line(), s.column(), "section '" + Titles.display(s.title()) + "' is empty: write its "
                    + "content, or remove the heading if the template allows it");
        }
    }

    /** The section after {@code s} under the same parent (or at the top), or null when it is the last. */
    private static Section nextSibling(Section s, SpecDocument document) {
        List<Section> siblings = s.parent().map(Section::children).orElse(document.sections());
        int at = siblings.indexOf(s);
        return at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
    }

    /** Whether the empty section {@code s} is reported itself (or through an empty ancestor). */
    private static boolean reported(Section s, SectionMatch match, boolean all) {
        Optional<SectionSpec> spec = match.spec(s);
        boolean title = spec.map(sp -> sp.pattern() && sp.level() == 1).orElse(false);
        if (!title && (spec.isPresent() || all)) {
            return true;
        }
        return s.parent().map(p -> !p.hasContent() && reported(p, match, all)).orElse(false);
    }
}
