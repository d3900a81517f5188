package dev.speclint.core.template;

import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchor a section names for itself on the first line under its heading, as some templates write
 * one under every heading ({@code ## Summary} then {@code [summary]: #summary}): a reference
 * definition whose target is a fragment. A spec that keeps that line under a heading of its own title
 * still says which template section the heading is.
 */
final class SectionAnchor {

    /** {@code [label]: #fragment}, the whole line; the fragment is group 1. */
    private static final Pattern DEFINITION = Pattern.compile("\\s{0,3}\\[[^\\]]{1,200}\\]:\\s*<?#([^\\s>]{1,200})>?\\s*");

    private SectionAnchor() {
    }

    /**
     * The fragment named by the first non-blank line of {@code s}'s own body, lower-cased, when that
     * line is a reference definition to a fragment outside a code block.
     *
     * @param s a section of {@code document}
     * @param document the document holding it
     * @return the fragment without {@code #}, or empty when the section names none
     */
    static String of(Section s, SpecDocument document) {
        for (int ln = s.line() + 1; ln <= s.ownEndLine() && ln <= document.lines().size(); ln++) {
            String raw = document.lines().get(ln - 1);
            if (raw.isBlank()) {
                continue;
            }
            if (document.inCodeBlock(ln)) {
                return "";
            }
            Matcher m = DEFINITION.matcher(raw);
            return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        }
        return "";
    }
}
