package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import java.util.List;
import java.util.Optional;

/**
 * Every required section of the template is present, subsections included; a pattern heading
 * ({@code ### Workflow 1: [Name]}) needs at least one match. Reports where the section belongs.
 */
public final class RequiredSectionRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("required-section",
            "Every section the template requires is present", Severity.ERROR);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        SectionMatch match = context.sectionMatch(document);
        checkLevel(context.schema().sections(), null, document, match, context);
    }

    private void checkLevel(List<SectionSpec> specs, Section parent, SpecDocument document, SectionMatch match,
            RuleContext context) {
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            Optional<Section> found = match.first(spec);
            if (found.isPresent()) {
                checkLevel(spec.children(), found.get(), document, match, context);
                continue;
            }
            if (parent == null && SectionMatch.isTitle(spec, null)) {
                // no H1 title (heading-structure reports that): the template's sections are still required
                checkLevel(spec.children(), null, document, match, context);
                continue;
            }
            if (!spec.required()) {
                continue;
            }
            SectionSpec previous = i > 0 ? specs.get(i - 1) : null;
            if (spec.pattern() && previous != null && previous.pattern() && previous.required()
                    && previous.level() == spec.level()) {
                continue; // sibling patterns (Option 1: [Name], Option 2: [Name]) are one group: reported once
            }
            reportMissing(specs, i, parent, document, match, context);
        }
    }

    private void reportMissing(List<SectionSpec> specs, int index, Section parent, SpecDocument document,
            SectionMatch match, RuleContext context) {
        SectionSpec spec = specs.get(index);
        Section previous = null;
        String previousTitle = null;
        for (int j = index - 1; j >= 0 && previous == null; j--) {
            Optional<Section> s = match.first(specs.get(j));
            if (s.isPresent()) {
                previous = s.get();
                previousTitle = specs.get(j).title();
            }
        }
        Section next = null;
        for (int j = index + 1; j < specs.size() && next == null; j++) {
            next = match.first(specs.get(j)).orElse(null);
        }
        String what = spec.pattern()
                ? "missing a section like '" + Titles.display(spec.title()) + "' (at least one level-" + spec.level()
                        + " heading)"
                : "missing section '" + Titles.display(spec.title()) + "'";
        String where;
        int line;
        if (previous != null) {
            where = " (expected after '" + Titles.display(previousTitle) + "')";
            line = next != null ? next.line() : previous.endLine();
        } else if (parent != null) {
            where = " (expected as the first subsection of '" + Titles.display(parent.title()) + "')";
            line = next != null ? next.line() : parent.line();
        } else {
            where = "";
            line = next != null ? next.line() : 1;
        }
        context.report(Math.min(line, Math.max(1, document.lineCount())), 1,
                what + where + ": add a level-" + spec.level() + " heading '" + Titles.display(spec.title()) + "'");
    }
}
