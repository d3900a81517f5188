package dev.speclint.core.engine;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
        // the first unknown id in the file, so that fixing them top-down works
        Optional<String> worst = named.stream().filter(id -> !registry.contains(id))
                .min(Comparator.comparing(id -> config.source().ruleLines().getOrDefault(id, Integer.MAX_VALUE)));
        if (worst.isPresent()) {
            String id = worst.get();
            throw new ConfigException(config.source().whereRule(id) + "unknown rule '" + id + "'"
                    + Suggestions.didYouMean(id, known) + "; 'spec-lint rules' lists every rule");
        }
    }
}
