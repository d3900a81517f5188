package dev.speclint.core.profile;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.StatusSettings;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A compiled profile: the schema learned from its template, and the config it runs with. The schema
 * holds only what the template says; what the config says reaches the rules beside it
 * ({@link #status()}, {@link #options(String)}, through the {@code RuleContext}).
 *
 * @param name the built-in name or the template's path
 * @param schema the compiled template
 * @param config the effective config
 * @param status what statuses mean in this run, from the config's status settings
 * @param ruleOptions the options of every rule the profile or the config gives options or settings,
 *     by rule id: the profile's defaults, overridden key by key by the config; built once per run
 */
public record Profile(String name, TemplateSchema schema, LintConfig config, StatusPolicy status,
        Map<String, RuleOptions> ruleOptions) {

    public Profile {
        ruleOptions = Map.copyOf(ruleOptions);
    }

    /**
     * The profile of {@code schema} under {@code config}, with the profile's own default options.
     *
     * @param defaultOptions the profile's default options per rule id
     */
    public static Profile of(String name, TemplateSchema schema, LintConfig config,
            Map<String, Map<String, Object>> defaultOptions) {
        StatusSettings st = config.statuses();
        StatusPolicy status = new StatusPolicy(st.statusField(), st.finalStatuses(), st.extraStatuses(),
                st.uncheckedStatuses(), st.completeIn(), st.ownOutlineWhen());
        Set<String> ids = new HashSet<>(defaultOptions.keySet());
        ids.addAll(config.rules().keySet());
        Map<String, RuleOptions> options = new HashMap<>();
        for (String id : ids) {
            Map<String, Object> merged = new HashMap<>(defaultOptions.getOrDefault(id, Map.of()));
            merged.putAll(config.rule(id).options());
            options.put(id, new RuleOptions(id, merged));
        }
        return new Profile(name, schema, config, status, options);
    }

    /** The options of {@code ruleId}: the profile's defaults, overridden key by key by the config. */
    public RuleOptions options(String ruleId) {
        RuleOptions options = ruleOptions.get(ruleId);
        return options != null ? options : RuleOptions.none(ruleId);
    }
}
