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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The heading outline is sound: one H1 (the title), no skipped level ({@code ##} then
 * {@code ####}), no two sibling headings with one key (one finding per parent). The checks follow the template, whose own
 * structure is never a finding: the H1 checks apply when the template itself has one H1, its title (a
 * template with none, like Rust's RFC template, or several turns them off; option {@code singleH1}
 * overrides); a skip the template makes itself ({@code #####} under {@code ###}) is allowed in specs;
 * and skipped levels are checked only when the template has subsections below its top-level sections
 * (a flat template of {@code ##} sections leaves the outline inside them to the author; option
 * {@code skippedLevels} overrides).
 */
public final class HeadingStructureRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("heading-structure",
            "One H1, no skipped heading levels, no duplicate sibling headings", Severity.WARNING);

    /** Option {@code singleH1}. */
    static final RuleOption<Boolean> SINGLE_H1 = RuleOption.bool("singleH1", "true when the template has exactly one H1",
            "check that there is one H1");
    /** Option {@code skippedLevels}. */
    static final RuleOption<Boolean> SKIPPED_LEVELS = RuleOption.bool("skippedLevels",
            "true when the template is deeper than its top-level sections", "check for skipped levels");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(SINGLE_H1, SKIPPED_LEVELS);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        List<Section> all = document.allSections();
        if (all.isEmpty()) {
            return;
        }
        long templateH1s = context.schema().allSections().stream().filter(s -> s.level() == 1).count();
        boolean singleH1 = context.options().find(SINGLE_H1).orElse(templateH1s == 1);
        if (singleH1) {
            checkH1(document, all, templateH1s == 1, context);
        }
        List<SectionSpec> specs = context.schema().allSections();
        Set<Long> templateSkips = new HashSet<>();
        int deepest = 0;
        int shallowest = 7;
        for (SectionSpec spec : specs) {
            deepest = Math.max(deepest, spec.level());
            if (!SectionMatch.isTitle(spec, null)) {
                shallowest = Math.min(shallowest, spec.level());
            }
            for (SectionSpec child : spec.children()) {
                if (child.level() > spec.level() + 1) {
                    templateSkips.add(pair(spec.level(), child.level()));
                }
            }
        }
        boolean skips = context.options().find(SKIPPED_LEVELS).orElse(deepest > shallowest);
        checkSiblings(document.sections(), context);
        for (Section s : all) {
            s.parent().ifPresent(p -> {
                if (skips && s.level() > p.level() + 1 && !templateSkips.contains(pair(p.level(), s.level()))) {
                    context.report(s.line(), s.column(), "heading level skipped: '" + Titles.display(s.title())
                            + "' is level " + s.level() + " under the level-" + p.level() + " '"
                            + Titles.display(p.title()) + "' (line " + p.line() + "): make it level " + (p.level() + 1));
                }
            });
            checkSiblings(s.children(), context);
        }
    }

    private static long pair(int parentLevel, int childLevel) {
        return parentLevel * 10L + childLevel;
    }

    private static void checkH1(SpecDocument document, List<Section> all, boolean titleExpected,
            RuleContext context) {
        Section first = null;
        List<Section> more = new java.util.ArrayList<>();
        for (Section s : all) {
            if (s.level() != 1) {
                continue;
            }
            if (first == null) {
                first = s;
            } else {
                more.add(s);
            }
        }
        if (!more.isEmpty()) {
            // one slip (sections written as # headings) is one finding
            Section s = more.get(0);
            String others = more.size() == 1 ? "" : ", and " + (more.size() - 1) + " more level-1 heading"
                    + (more.size() == 2 ? "" : "s") + " after it ("
                    + String.join(", ", more.subList(1, Math.min(more.size(), 6)).stream()
                            .map(x -> "line " + x.line()).toList()) + (more.size() > 6 ? ", ..." : "") + ")";
            context.report(s.line(), s.column(), "second level-1 heading '" + Titles.display(s.title())
                    + "'" + others + ": a spec has one title (line " + first.line() + "); make "
                    + (more.size() == 1 ? "this a level-2 heading" : "them level-2 headings"));
        }
        if (first == null && titleExpected) {
            Section top = all.get(0);
            context.report(top.line(), top.column(), "no level-1 heading: start the spec with its title as '# Title'");
        }
    }

    /** Duplicate titles among one parent's children: one finding per parent, at the first repeat. */
    private static void checkSiblings(List<Section> siblings, RuleContext context) {
        Map<String, Section> seen = new HashMap<>();
        List<Section[]> repeats = new java.util.ArrayList<>();
        for (Section s : siblings) {
            if (s.key().isEmpty()) {
                continue;
            }
            Section previous = seen.putIfAbsent(s.key(), s);
            if (previous != null) {
                repeats.add(new Section[] {s, previous});
            }
        }
        if (repeats.isEmpty()) {
            return;
        }
        Section first = repeats.get(0)[0];
        Section previous = repeats.get(0)[1];
        if (repeats.size() == 1) {
            context.report(first.line(), first.column(), "duplicate heading '" + Titles.display(first.title())
                    + "': the same title is already at line " + previous.line() + " under the same parent; "
                    + "rename or merge them");
            return;
        }
        List<String> more = repeats.subList(1, repeats.size()).stream()
                .map(r -> "'" + Titles.display(r[0].title()) + "' (line " + r[0].line() + ")").toList();
        context.report(first.line(), first.column(), "duplicate heading '" + Titles.display(first.title())
                + "': the same title is already at line " + previous.line() + " under the same parent, and "
                + more.size() + " more headings repeat a sibling's title: " + String.join(", ", more.size() > 5
                ? more.subList(0, 5) : more) + (more.size() > 5 ? " ..." : "") + "; rename or merge them");
    }
}
