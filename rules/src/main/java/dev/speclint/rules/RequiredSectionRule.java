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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every required section of the template is present, subsections included; a pattern heading
 * ({@code ### Workflow 1: [Name]}) needs at least one match. One finding per parent names every
 * section missing under it, each with where it belongs. A spec that lacks three or more (and at least
 * a third) of the template's top-level sections gets one finding, not one per section: it left them
 * out when it has at least half of them, else it follows another template or an older version of
 * this one. A section the config requires only in some statuses
 * ({@code requiredIn}) is checked only in those.
 */
public final class RequiredSectionRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("required-section",
            "Every section the template requires is present", Severity.ERROR);

    /** How many missing titles a message lists before "and N more". */
    private static final int LISTED = 5;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        SectionMatch match = context.sectionMatch(document);
        if (!match.followsTemplate(context.schema(), context.status())) {
            if (pointsElsewhere(document)) {
                return; // "This document was renamed, see [X](x.md)": a pointer left behind, not a spec
            }
            reportOtherTemplate(document, match, context);
            return;
        }
        checkLevel(context.schema().sections(), null, document, match, context);
    }

    /**
     * Whether {@code document} only points to another document, as repositories leave behind when a
     * spec is renamed or moved: no heading, at most {@value #POINTER_LINES} lines of text, and a
     * relative link to a Markdown file. Such a page has none of the template's sections on purpose.
     */
    static boolean pointsElsewhere(SpecDocument document) {
        return document.allSections().isEmpty() && onlyRefersElsewhere(document, 1, document.lines().size());
    }

    /**
     * Whether lines {@code from} to {@code to} (1-based, inclusive) of {@code document} hold at most
     * {@value #POINTER_LINES} lines of text, and a relative link to a Markdown file among them.
     */
    private static boolean onlyRefersElsewhere(SpecDocument document, int from, int to) {
        int last = Math.min(to, document.lines().size());
        long text = 0;
        for (int l = from; l <= last; l++) {
            if (!document.lines().get(l - 1).isBlank()) {
                text++;
            }
        }
        if (text == 0 || text > POINTER_LINES) {
            return false;
        }
        return document.links().stream().anyMatch(l -> l.line() >= from && l.line() <= last
                && relativeMarkdown(l.destination()));
    }

    /** Whether a link destination is a relative link to a Markdown file (an anchor after it allowed). */
    private static boolean relativeMarkdown(String destination) {
        String dest = destination.strip();
        int cut = dest.indexOf('#');
        String path = (cut >= 0 ? dest.substring(0, cut) : dest).toLowerCase(java.util.Locale.ROOT);
        return !path.contains(":") && (path.endsWith(".md") || path.endsWith(".markdown"));
    }

    /** Lines of text a page that only points elsewhere may have. */
    static final int POINTER_LINES = 3;

    private void reportOtherTemplate(SpecDocument document, SectionMatch match, RuleContext context) {
        int[] coverage = match.coverage(context.schema(), context.status());
        List<String> missing = new ArrayList<>();
        for (SectionSpec s : SectionMatch.topLevel(context.schema())) {
            if (match.sections(s).isEmpty() && requiredHere(s, document, context)) {
                missing.add("'" + Titles.display(s.title()) + "'");
            }
        }
        int line = document.allSections().isEmpty() ? 1 : document.allSections().get(0).line();
        if (coverage[0] * 2 >= coverage[1]) {
            // most of the template is there: a spec that left sections out, not one of another template;
            // the fix inserts them where the template puts them (a spec of another template gets none:
            // restructuring it is the author's call)
            context.report(line, 1, "missing " + missing.size() + " of the template's " + coverage[1]
                    + " sections: " + list(missing) + ": add them, or say in each why it does not apply",
                    topLevelInsertions(document, match, context));
            return;
        }
        context.report(line, 1, "follows another template, or an older version of this one? " + coverage[0]
                + " of the template's " + coverage[1] + " sections found (missing " + list(missing) + "): "
                + "restructure it after the template, or lint it with the profile of the template it follows");
    }

    /** The fix inserting every missing top-level section, or null when none can be inserted. */
    private static Fix topLevelInsertions(SpecDocument document, SectionMatch match, RuleContext context) {
        // the top level as SectionMatch.topLevel sees it: under the template's title when it has one
        List<SectionSpec> siblings = context.schema().sections();
        Section parent = null;
        if (siblings.size() == 1 && SectionMatch.isTitle(siblings.get(0), null)) {
            parent = match.first(siblings.get(0)).orElse(null);
            siblings = siblings.get(0).children();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            SectionSpec spec = siblings.get(i);
            if (spec.pattern() || !match.sections(spec).isEmpty() || !requiredHere(spec, document, context)) {
                continue;
            }
            Neighbours around = Neighbours.of(siblings, i, match);
            insertion(spec, around.previous(), around.next(), parent, document).ifPresent(edits::add);
        }
        return edits.isEmpty() ? null : new Fix("Insert the " + edits.size() + " missing sections", edits);
    }

    private void checkLevel(List<SectionSpec> specs, Section parent, SpecDocument document, SectionMatch match,
            RuleContext context) {
        List<Integer> missing = new ArrayList<>();
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
            if (!requiredHere(spec, document, context)) {
                continue;
            }
            SectionSpec previous = i > 0 ? specs.get(i - 1) : null;
            if (spec.pattern() && previous != null && previous.pattern() && previous.level() == spec.level()
                    && requiredHere(previous, document, context)) {
                continue; // sibling patterns (Option 1: [Name], Option 2: [Name]) are one group: reported once
            }
            missing.add(i);
        }
        if (!missing.isEmpty() && !(parent != null && refersElsewhere(parent, document))) {
            reportMissing(specs, missing, parent, document, match, context);
        }
    }

    /**
     * Whether {@code section} has no subsections and its text only refers to another document
     * ("Same as in [ADR-0036](0036-chat.md)."): at most {@value #POINTER_LINES} lines and a relative link
     * to a Markdown file. Its subsections are that document's, not missing.
     */
    static boolean refersElsewhere(Section section, SpecDocument document) {
        return section.children().isEmpty() && onlyRefersElsewhere(document, section.line() + 1, section.endLine());
    }

    /** Required by the template, and by the config in the document's status. */
    private static boolean requiredHere(SectionSpec spec, SpecDocument document, RuleContext context) {
        return context.status().requires(spec.required(), spec.requiredIn(), spec.since(), document);
    }

    private void reportMissing(List<SectionSpec> specs, List<Integer> missing, Section parent, SpecDocument document,
            SectionMatch match, RuleContext context) {
        int firstLine = Integer.MAX_VALUE;
        List<String> parts = new ArrayList<>();
        List<TextEdit> edits = new ArrayList<>();
        for (int index : missing) {
            SectionSpec spec = specs.get(index);
            Neighbours around = Neighbours.of(specs, index, match);
            Section previous = around.previous();
            String previousTitle = around.previousTitle();
            Section next = around.next();
            String what = spec.pattern()
                    ? "a section like '" + Titles.display(spec.title()) + "' (at least one level-" + spec.level()
                            + " heading)"
                    : "'" + Titles.display(spec.title()) + "'";
            String where;
            int line;
            if (previous != null) {
                where = " after '" + Titles.display(previousTitle) + "'";
                line = next != null ? next.line() : previous.endLine();
            } else if (parent != null) {
                where = next != null ? " before '" + Titles.display(next.title()) + "'"
                        : " under '" + Titles.display(parent.title()) + "'";
                line = next != null ? next.line() : parent.line();
            } else {
                where = next != null ? " before '" + Titles.display(next.title()) + "'" : "";
                line = next != null ? next.line() : 1;
            }
            firstLine = Math.min(firstLine, line);
            parts.add(what + where);
            insertion(spec, previous, next, parent, document).ifPresent(edits::add);
        }
        int line = Math.min(firstLine, Math.max(1, document.lineCount()));
        SectionSpec first = specs.get(missing.get(0));
        Fix fix = edits.isEmpty() ? null : new Fix(edits.size() == 1 ? "Insert the missing section"
                : "Insert the " + edits.size() + " missing sections", edits);
        if (missing.size() == 1) {
            context.report(line, 1, "missing " + (first.pattern() ? "" : "section ") + parts.get(0) + ": add a level-"
                    + first.level()
                    + " heading '" + Titles.display(first.title()) + "'", fix);
            return;
        }
        String under = parent == null ? "" : " under '" + Titles.display(parent.title()) + "'";
        context.report(line, 1, "missing " + missing.size() + " sections of the template" + under + ": "
                + list(parts) + ": add them as level-" + first.level() + " headings", fix);
    }

    /**
     * The sections of the document around a missing one: the nearest found before it in template
     * order (with its template title, for messages) and the nearest found after it; null when none.
     */
    private record Neighbours(Section previous, String previousTitle, Section next) {

        static Neighbours of(List<SectionSpec> specs, int index, SectionMatch match) {
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
            return new Neighbours(previous, previousTitle, next);
        }
    }

    /**
     * The fix's edit for one missing section: its heading, at the level its neighbours in the document
     * give it (the template's when it has none), with the template's guidance as its body; before the
     * next section the template puts after it, else after the previous one, else at the end of its
     * parent or the document. None for a pattern section: its title is the author's to choose.
     */
    private static Optional<TextEdit> insertion(SectionSpec spec, Section previous, Section next, Section parent,
            SpecDocument document) {
        if (spec.pattern()) {
            return Optional.empty();
        }
        int level = next != null ? next.level()
                : previous != null ? previous.level()
                : parent != null ? Math.min(6, parent.level() + 1) : spec.level();
        // as the template writes it, emoji kept, with the template's guidance under it: the author sees
        // what to write (and placeholder / template-residue say so until it is replaced)
        String heading = "#".repeat(level) + " " + spec.title().strip() + "\n"
                + (spec.guidance().isEmpty() ? "" : "\n" + spec.guidance() + "\n");
        if (next != null) {
            return Optional.of(TextEdit.insert(next.line(), 1, heading + "\n"));
        }
        int after = previous != null ? previous.endLine() : parent != null ? parent.endLine() : document.lineCount();
        boolean blankBefore = after >= 1 && after <= document.lineCount()
                && document.lines().get(after - 1).isBlank();
        // a blank line after the heading too, when a line follows it (it would else run into the next heading)
        boolean blankAfter = after + 1 > document.lineCount() || document.lines().get(after).isBlank();
        return Optional.of(TextEdit.insert(after + 1, 1, (blankBefore || after == 0 ? "" : "\n") + heading
                + (blankAfter ? "" : "\n")));
    }

    private static String list(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }
}
