package dev.speclint.core.template;

import com.google.re2j.Pattern;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;

/**
 * Whether a template's checklist is a choice rather than a list of tasks: its guidance says to pick
 * one item and delete the rest ("Check one of these", "pick the one that applies and delete the
 * others"). A spec satisfies such a list with one ticked item.
 */
final class PickOne {

    private static final Pattern SAYS = Pattern.compile("(?i)\\b(?:(?:pick|choose|select|check|tick|mark|keep) (?:only )?"
            + "(?:one|the one|whichever)|one of (?:these|the following)|delete the (?:rest|others)|"
            + "remove the (?:rest|others))\\b");

    private PickOne() {
    }

    /**
     * Why the checklist in {@code section} of {@code template} is a choice ("line N: the words"), or
     * empty: the section's own prose before its first task item, or a comment in it, says so.
     */
    static String saidIn(Section section, SpecDocument template) {
        int end = section.ownEndLine();
        int firstItem = template.checklist().stream().filter(i -> section.contains(i.line()))
                .mapToInt(i -> i.line()).min().orElse(end);
        for (var c : template.comments()) {
            if (c.line() > section.line() && c.line() <= end && SAYS.matcher(c.body()).find()) {
                return "line " + c.line() + ": " + TemplateCompiler.quote(template.lines().get(c.line() - 1));
            }
        }
        for (int ln = section.line() + 1; ln < firstItem; ln++) {
            String line = template.lines().get(ln - 1);
            if (SAYS.matcher(line).find()) {
                return "line " + ln + ": " + TemplateCompiler.quote(line);
            }
        }
        return "";
    }
}
