package dev.speclint.core.engine;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a config against the rules actually loaded: every rule id it names (under {@code rules:} or
 * {@code severityByStatus:}) must exist. The message names the config file and line when known.
 */
final class ConfigValidator {

    private ConfigValidator() {
    }

    static void check(LintConfig config, RuleRegistry registry) throws ConfigException {
        List<String> known = registry.descriptors().stream().map(RuleDescriptor::id).toList();
        Set<String> named = new LinkedHashSet<>(config.rules().keySet());
        config.severityByStatus().values().forEach(m -> named.addAll(m.keySet()));
        // report the first unknown id by its position in the file
        String worst = null;
        int worstLine = Integer.MAX_VALUE;
        for (String id : named) {
            int line = config.source().ruleLines().getOrDefault(id, Integer.MAX_VALUE - 1);
            if (!registry.contains(id) && (worst == null || line < worstLine)) {
                worst = id;
                worstLine = line;
            }
        }
        if (worst != null) {
            throw new ConfigException(config.source().whereRule(worst) + "unknown rule '" + worst + "'"
                    + Suggestions.didYouMean(worst, known) + "; 'spec-lint rules' lists every rule");
        }
    }
}
