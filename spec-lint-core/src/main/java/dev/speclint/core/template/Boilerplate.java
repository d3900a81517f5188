package dev.speclint.core.template;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The template text a spec must not keep, normalized (see {@link TemplateSchema#normalizeLine}):
 *
 * <ul>
 *   <li>lines that hold a placeholder, or sit under a pattern heading (the {@code 1. User action}
 *       steps under {@code ### Workflow 1: [Name]});</li>
 *   <li>lines of instructions to the author, meant to be deleted ("When filling out this template,
 *       you should delete ...", "TODO: remove this comment before submitting");</li>
 *   <li>the template's HTML comments (guidance), except tool directives such as
 *       {@code markdownlint-disable}.</li>
 * </ul>
 *
 * Other template lines ({@code - [ ] Input validation}, {@code **Response Time:** <200ms p95}) are
 * content a spec may keep.
 *
 * @param lines boilerplate lines, normalized
 * @param comments template comment texts, normalized, of at least three words
 */
public record Boilerplate(Set<String> lines, Set<String> comments) {

    /** Words that make a template paragraph an instruction to whoever fills the template in. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)(?:\\bthis template\\b|\\bdelete (?:this|these|"
            + "everything|any|all|the)\\b|\\bremove (?:this|these|the|all|any)\\b|\\bbefore submitting\\b|"
            + "\\bTODO\\b|\\breplace (?:this|these|all)\\b|\\bfill(?:ing)? (?:out|in) (?:this|the)\\b)");
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^(?:[a-z0-9]+-)*(?:disable|enable|ignore|capture|restore)(?:-[a-z-]+)?(?:\\s|$)|^prettier-ignore|^toc\\b|^vale ");

    /**
     * Copies the sets.
     *
     * @param lines boilerplate lines, normalized
     * @param comments template comment texts, normalized, of at least three words
     */
    public Boilerplate {
        lines = Set.copyOf(lines);
        comments = Set.copyOf(comments);
    }

    /**
     * Nothing is boilerplate.
     *
     * @return boilerplate with no lines and no comments
     */
    public static Boilerplate none() {
        return new Boilerplate(Set.of(), Set.of());
    }

    /**
     * Whether there is nothing to look for.
     *
     * @return true when there are neither lines nor comments
     */
    public boolean isEmpty() {
        return lines.isEmpty() && comments.isEmpty();
    }

    /**
     * Whether a spec comment's text is one of the template's.
     *
     * @param body the comment's text between {@code <!--} and {@code -->}, compared normalized
     * @return true when the template has a comment of that text
     */
    public boolean isTemplateComment(String body) {
        return comments.contains(TemplateSchema.normalizeLine(body));
    }

    /** Learns the boilerplate of {@code template} with its learned placeholder syntax. */
    static Boilerplate of(SpecDocument template, PlaceholderSyntax placeholders) {
        Set<Integer> headingLines = new HashSet<>();
        List<int[]> patternRanges = new ArrayList<>();
        for (Section s : template.allSections()) {
            headingLines.add(s.line());
            if (s.level() > 1 && placeholders.matches(s.title())) {
                // the pattern's own content: its example lines, not its subsections' (they have their
                // own specs), and never the whole document under a `# [Title]`
                patternRanges.add(new int[] {s.line(), s.ownEndLine()});
            }
        }
        Set<Integer> headerLines = new HashSet<>();
        template.metadata().forEach(f -> headerLines.add(f.line()));
        Set<Integer> instructionLines = instructionParagraphs(template, headingLines);
        Set<String> out = new HashSet<>();
        for (int ln = 1; ln <= template.lineCount(); ln++) {
            if (headingLines.contains(ln) || template.inCodeBlock(ln)) {
                continue;
            }
            String normalized = TemplateSchema.normalizeLine(template.lines().get(ln - 1));
            if (!hasLetterOrDigit(normalized)) {
                continue;
            }
            String prose = template.proseLines().get(ln - 1);
            boolean placeholder = headerLines.contains(ln)
                    ? placeholders.matchesInHeader(template.lines().get(ln - 1)) : placeholders.matches(prose);
            if (placeholder || within(patternRanges, ln) || instructionLines.contains(ln)) {
                out.add(normalized);
            }
        }
        Set<String> comments = new HashSet<>();
        for (HtmlComment c : template.comments()) {
            String body = TemplateSchema.normalizeLine(c.body());
            if (body.split(" ").length >= 3 && !DIRECTIVE.matcher(body).find()) {
                comments.add(body);
            }
        }
        return new Boilerplate(out, comments);
    }

    /**
     * The lines of paragraphs that instruct the author about the template itself: every line of a
     * paragraph (lines up to a blank line) that has an instruction word somewhere.
     */
    private static Set<Integer> instructionParagraphs(SpecDocument template, Set<Integer> headingLines) {
        Set<Integer> out = new HashSet<>();
        int n = template.lineCount();
        int start = 1;
        while (start <= n) {
            int end = start;
            while (end <= n && !template.lines().get(end - 1).isBlank() && !headingLines.contains(end)) {
                end++;
            }
            if (end > start) {
                StringBuilder text = new StringBuilder();
                for (int ln = start; ln < end; ln++) {
                    text.append(template.proseLines().get(ln - 1)).append(' ');
                }
                if (INSTRUCTION.matcher(text).find()) {
                    for (int ln = start; ln < end; ln++) {
                        if (template.lines().get(ln - 1).strip().split("\\s+").length >= 4) {
                            out.add(ln);
                        }
                    }
                }
            }
            start = Math.max(end, start) + 1;
        }
        return out;
    }

    private static boolean within(List<int[]> ranges, int line) {
        for (int[] r : ranges) {
            if (line >= r[0] && line <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
