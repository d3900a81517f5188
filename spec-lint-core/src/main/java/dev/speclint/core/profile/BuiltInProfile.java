package dev.speclint.core.profile;

import java.util.Map;

/**
 * A profile shipped inside a jar: a template and the rule options that suit it.
 *
 * @param name the name configs refer to it by, e.g. {@code technical-spec}
 * @param description one line for {@code spec-lint profiles}
 * @param templateText the template's Markdown
 * @param ruleOptions default options per rule id, under whatever the user's config sets
 */
public record BuiltInProfile(String name, String description, String templateText,
        Map<String, Map<String, Object>> ruleOptions) {

    public BuiltInProfile {
        ruleOptions = Map.copyOf(ruleOptions);
    }
}
