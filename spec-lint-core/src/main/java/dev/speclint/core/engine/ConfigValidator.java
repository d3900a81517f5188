package dev.speclint.core.engine;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.util.List;

/** Checks a config against the rules actually loaded: every rule id it names must exist. */
final class ConfigValidator {

    private ConfigValidator() {
    }

    static void check(LintConfig config, RuleRegistry registry) throws ConfigException {
        List<String> known = registry.descriptors().stream().map(RuleDescriptor::id).toList();
        for (String id : config.rules().keySet()) {
            if (!registry.contains(id)) {
                throw new ConfigException("unknown rule '" + id + "'" + Suggestions.didYouMean(id, known)
                        + "; 'spec-lint rules' lists every rule");
            }
        }
    }
}
