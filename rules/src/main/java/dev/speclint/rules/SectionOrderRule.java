package dev.speclint.rules;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sections matched to the template appear in the template's order among their siblings. One moved
 * section gives one violation: the sections kept are a longest run in template order (the earliest
 * such run when there are several); every other matched sibling is reported once, naming the
 * section it belongs after. A spec that follows another template is not checked (see
 * {@code required-section}), nor one whose status the config does not hold to the template ({@code completeIn}).
 */
public final class SectionOrderRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("section-order",
            "Sections appear in the template's order", Severity.WARNING);

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
        checkSiblings(document.sections(), null, context.schema().sections(), match, context);
        for (Section parent : document.allSections()) {
            Optional<SectionSpec> spec = match.spec(parent);
            if (spec.isPresent() && !spec.get().children().isEmpty()) {
                checkSiblings(parent.children(), spec.get(), spec.get().children(), match, context);
            }
        }
    }

    /**
     * Checks the order of {@code siblings} (children of one document section) that matched children
     * of {@code parentSpec} (null: top-level specs).
     */
    private void checkSiblings(List<Section> siblings, SectionSpec parentSpec, List<SectionSpec> specs,
            SectionMatch match, RuleContext context) {
        List<Section> placed = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (Section s : siblings) {
            Optional<SectionSpec> spec = match.spec(s);
            if (spec.isEmpty() || match.parent(spec.get()).orElse(null) != parentSpec) {
                continue; // not a section of this level of the template: section-level's business
            }
            int index = indexOf(specs, spec.get());
            if (index >= 0) {
                placed.add(s);
                order.add(index);
            }
        }
        boolean[] kept = longestOrderedRun(order);
        for (int i = 0; i < placed.size(); i++) {
            if (kept[i]) {
                continue;
            }
            Section s = placed.get(i);
            context.report(s.line(), s.column(), "section '" + Titles.display(s.title())
                    + "' is out of the template's order: " + where(i, placed, order, kept));
        }
    }

    private static String where(int i, List<Section> placed, List<Integer> order, boolean[] kept) {
        int index = order.get(i);
        Section after = null;
        int afterIndex = -1;
        Section before = null;
        int beforeIndex = Integer.MAX_VALUE;
        for (int j = 0; j < placed.size(); j++) {
            if (!kept[j]) {
                continue;
            }
            int o = order.get(j);
            if (o <= index && o >= afterIndex) {
                after = placed.get(j);
                afterIndex = o;
            }
            if (o > index && o < beforeIndex) {
                before = placed.get(j);
                beforeIndex = o;
            }
        }
        if (after != null) {
            return "it belongs after '" + Titles.display(after.title()) + "' (line " + after.line() + ")";
        }
        if (before != null) {
            return "it belongs before '" + Titles.display(before.title()) + "' (line " + before.line() + ")";
        }
        return "move it";
    }

    private static int indexOf(List<SectionSpec> specs, SectionSpec spec) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) == spec) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Marks the members of a longest non-decreasing subsequence of {@code order}. Among several, the
     * one spanning the fewest template positions (its last index minus its first), then the one that
     * keeps the earliest positions: a section that jumped far from its place is the one reported, not
     * the neighbour it jumped over ({@code Motivation, Details, Prototypes, Trade-offs} reports
     * {@code Prototypes}, which the template puts near the end). Quadratic in the number of siblings
     * (a few dozen at most).
     */
    static boolean[] longestOrderedRun(List<Integer> order) {
        int n = order.size();
        int[] longestFrom = new int[n];
        int[] minLast = new int[n]; // the smallest last value among the longest runs starting at i
        for (int i = n - 1; i >= 0; i--) {
            longestFrom[i] = 1;
            minLast[i] = order.get(i);
            for (int j = i + 1; j < n; j++) {
                if (order.get(j) < order.get(i)) {
                    continue;
                }
                if (longestFrom[j] + 1 > longestFrom[i]
                        || longestFrom[j] + 1 == longestFrom[i] && minLast[j] < minLast[i]) {
                    longestFrom[i] = longestFrom[j] + 1;
                    minLast[i] = minLast[j];
                }
            }
        }
        boolean[] kept = new boolean[n];
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (start < 0 || longestFrom[i] > longestFrom[start] || longestFrom[i] == longestFrom[start]
                    && minLast[i] - order.get(i) < minLast[start] - order.get(start)) {
                start = i;
            }
        }
        if (start < 0) {
            return kept;
        }
        int target = minLast[start];
        int need = longestFrom[start];
        int last = Integer.MIN_VALUE;
        for (int i = start; i < n && need > 0; i++) {
            if (longestFrom[i] == need && order.get(i) >= last && minLast[i] == target) {
                kept[i] = true;
                last = order.get(i);
                need--;
            }
        }
        return kept;
    }
}
