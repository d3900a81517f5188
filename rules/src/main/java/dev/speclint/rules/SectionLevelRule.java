package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A section matched to a named section of the template sits at the template's level relative to the
 * section matching its template parent ({@code ## Rollback Plan} written as {@code ### Rollback Plan}
 * inside another section). Top-level sections of the template are compared with the level most of
 * them have in the document, so a document that writes every section one level deeper or higher
 * than the template (old Rust RFCs use {@code #} where the template has {@code ##}) is not reported,
 * nor is a section nested deeper under a section of the document's own ({@code ### Motivation} under
 * {@code ## Introduction}): that grouping is the author's, where one demoted into a template section
 * is a slip.
 * A spec that follows another template (see {@code required-section}), or whose status the config does not hold
 * to the template ({@code completeIn}), is not checked.
 */
public final class SectionLevelRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("section-level",
            "Sections sit at the template's heading level", Severity.WARNING);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        SectionMatch match = context.sectionMatch(document);
        if (!match.followsTemplate(context.schema(), context.status()) || !context.status().holdsToTemplate(document)) {
            return; // a spec of another template (required-section says so once), or of a status not held to it
        }
        int rootShift = rootShift(context.schema().sections(), match);
        for (SectionSpec spec : context.schema().allSections()) {
            if (spec.pattern()) {
                continue; // patterns only match at their own level
            }
            Optional<Section> found = match.first(spec);
            if (found.isEmpty() || match.spec(found.get()).filter(other -> other != spec).isPresent()) {
                continue; // none, or a section joining this one with another, checked once as that one
            }
            Optional<SectionSpec> parentSpec = match.parent(spec);
            int expected;
            String relation;
            if (parentSpec.isPresent()) {
                Optional<Section> parent = match.first(parentSpec.get());
                if (parent.isEmpty()) {
                    continue;
                }
                expected = parent.get().level() + spec.level() - parentSpec.get().level();
                relation = " under '" + Titles.display(parent.get().title()) + "' (line " + parent.get().line() + ")";
            } else {
                expected = spec.level() + rootShift;
                relation = rootShift == 0 ? "" : " (as most top-level sections of this document)";
            }
            Section s = found.get();
            if (s.level() > expected && underOwnSection(s, match)) {
                continue; // grouped on purpose under a section of the document's own (## Introduction / ### Motivation)
            }
            if (s.level() != expected && expected >= 1 && expected <= 6) {
                context.report(s.line(), s.column(), "section '" + Titles.display(s.title()) + "' is a level-"
                        + s.level() + " heading; the template makes it level " + expected + relation + ": write it as "
                        + "#".repeat(expected) + " " + Titles.display(s.title()), levelFix(s, expected, document));
            }
        }
    }

    /**
     * Whether {@code s} sits under a section the template does not have: the document's own grouping
     * of template sections, not a heading demoted into the template section before it.
     */
    private static boolean underOwnSection(Section s, SectionMatch match) {
        Optional<Section> parent = s.parent();
        return parent.isPresent() && match.spec(parent.get()).isEmpty();
    }

    /** Rewrites an ATX heading's #'s to {@code expected}; none for a setext heading (underlined). */
    private static Fix levelFix(Section s, int expected, SpecDocument document) {
        if (s.line() > document.lineCount()) {
            return null;
        }
        String text = document.lines().get(s.line() - 1);
        int from = s.column() - 1;
        if (from < 0 || !text.startsWith("#".repeat(s.level()), from)
                || (from + s.level() < text.length() && text.charAt(from + s.level()) == '#')) {
            return null;
        }
        return Fix.of("Make it a level-" + expected + " heading", new TextEdit(s.line(), s.column(), s.line(),
                s.column() + s.level(), "#".repeat(expected)));
    }

    /**
     * How many levels the document's top-level sections are shifted from the template's: the most
     * common difference, ties going to the smallest shift.
     */
    private static int rootShift(List<SectionSpec> roots, SectionMatch match) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (SectionSpec spec : roots) {
            if (!spec.pattern()) {
                match.first(spec).ifPresent(s -> counts.merge(s.level() - spec.level(), 1, Integer::sum));
            }
        }
        int best = 0;
        int bestCount = counts.getOrDefault(0, 0);
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int shift = e.getKey();
            int count = e.getValue();
            if (count > bestCount || count == bestCount && Math.abs(shift) < Math.abs(best)) {
                best = shift;
                bestCount = count;
            }
        }
        return best;
    }
}
