package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The heading outline is sound: one H1 (the title), no skipped level ({@code ##} then
 * {@code ####}), no two sibling headings with one key. The H1 checks follow the template: they
 * apply when the template itself has one H1, its title (a template with none, like Rust's RFC template,
 * or several turns them off); option {@code singleH1} overrides.
 */
public final class HeadingStructureRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("heading-structure",
            "One H1, no skipped heading levels, no duplicate sibling headings", Severity.WARNING);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validateOptions(RuleOptions options) {
        options.bool("singleH1", false);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        List<Section> all = document.allSections();
        if (all.isEmpty()) {
            return;
        }
        long templateH1s = context.schema().allSections().stream().filter(s -> s.level() == 1).count();
        boolean singleH1 = context.options().bool("singleH1", templateH1s == 1);
        if (singleH1) {
            checkH1(document, all, templateH1s == 1, context);
        }
        checkSiblings(document.sections(), context);
        for (Section s : all) {
            s.parent().ifPresent(p -> {
                if (s.level() > p.level() + 1) {
                    context.report(s.line(), s.column(), "heading level skipped: '" + Titles.display(s.title())
                            + "' is level " + s.level() + " under the level-" + p.level() + " '"
                            + Titles.display(p.title()) + "' (line " + p.line() + "): make it level " + (p.level() + 1));
                }
            });
            checkSiblings(s.children(), context);
        }
    }

    private static void checkH1(SpecDocument document, List<Section> all, boolean titleExpected,
            RuleContext context) {
        Section first = null;
        for (Section s : all) {
            if (s.level() != 1) {
                continue;
            }
            if (first == null) {
                first = s;
            } else {
                context.report(s.line(), s.column(), "second level-1 heading '" + Titles.display(s.title())
                        + "': a spec has one title (line " + first.line() + "); make this a level-2 heading");
            }
        }
        if (first == null && titleExpected) {
            Section top = all.get(0);
            context.report(top.line(), top.column(), "no level-1 heading: start the spec with its title as '# Title'");
        }
    }

    private static void checkSiblings(List<Section> siblings, RuleContext context) {
        Map<String, Section> seen = new HashMap<>();
        for (Section s : siblings) {
            if (s.key().isEmpty()) {
                continue;
            }
            Section previous = seen.putIfAbsent(s.key(), s);
            if (previous != null) {
                context.report(s.line(), s.column(), "duplicate heading '" + Titles.display(s.title())
                        + "': the same title is already at line " + previous.line() + " under the same parent; "
                        + "rename or merge them");
            }
        }
    }
}
