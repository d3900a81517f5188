package dev.speclint.core.profile;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.template.TemplateSchema;
import java.util.HashMap;
import java.util.Map;

/**
 * A compiled profile: the schema learned from its template, and the config it runs with (the
 * profile's default rule options under the user's settings).
 *
 * @param name the built-in name or the template's path
 * @param schema the compiled template
 * @param config the effective config
 * @param defaultOptions the profile's own default options per rule id
 */
public record Profile(String name, TemplateSchema schema, LintConfig config,
        Map<String, Map<String, Object>> defaultOptions) {

    public Profile {
        defaultOptions = Map.copyOf(defaultOptions);
    }

    /** The options of {@code ruleId}: the profile's defaults, overridden key by key by the config. */
    public RuleOptions options(String ruleId) {
        Map<String, Object> merged = new HashMap<>(defaultOptions.getOrDefault(ruleId, Map.of()));
        merged.putAll(config.rule(ruleId).options());
        return new RuleOptions(ruleId, merged);
    }
}
