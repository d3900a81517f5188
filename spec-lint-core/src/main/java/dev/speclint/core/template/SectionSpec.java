package dev.speclint.core.template;

import java.util.List;

/**
 * A section the template asks for.
 *
 * @param level the heading level in the template
 * @param title the template's title, emoji kept (for messages)
 * @param key the match key (see {@code TitleKey})
 * @param required false when the template marks it {@code (Optional)} or the config lists it
 * @param pattern true when the title holds a placeholder ({@code ### Workflow 1: [Name]}): one or
 *     more headings at that level, any title, match it
 * @param line the heading's line in the template
 * @param children the subsections, in template order
 */
public record SectionSpec(int level, String title, String key, boolean required, boolean pattern, int line,
        List<SectionSpec> children) {

    public SectionSpec {
        children = List.copyOf(children);
    }
}
