package dev.speclint.core.engine;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.profile.ProfileSet;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.util.Suggestions;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
        config.statuses().severityByStatus().values().forEach(m -> named.addAll(m.keySet()));
        // the first unknown id in the file, so that fixing them top-down works
        Optional<String> worst = named.stream().filter(id -> !registry.contains(id))
                .min(Comparator.comparing(id -> config.source().ruleLines().getOrDefault(id, Integer.MAX_VALUE)));
        if (worst.isPresent()) {
            String id = worst.get();
            throw new ConfigException(config.source().whereRule(id) + "unknown rule '" + id + "'"
                    + Suggestions.didYouMean(id, known) + "; 'spec-lint rules' lists every rule");
        }
    }

    /**
     * Checks the options every enabled rule gets under each profile (a bad regular expression, a wrong type), so that
     * they fail the run's start with the config's file and line, not each file with an internal error.
     */
    static void checkOptions(ProfileSet profiles, RuleRegistry registry) throws ConfigException {
        for (Profile profile : profiles.all()) {
            for (Rule rule : registry.rules()) {
                RuleOptions options = profile.options(rule.descriptor().id());
                validate(profile, rule.descriptor(), () -> {
                    declared(options, rule.options());
                    rule.validateOptions(options);
                });
            }
            for (ProjectRule rule : registry.projectRules()) {
                RuleOptions options = profile.options(rule.descriptor().id());
                validate(profile, rule.descriptor(), () -> {
                    declared(options, rule.options());
                    rule.validateOptions(options);
                });
            }
        }
    }

    /** Every option given is one the rule declares, and of the kind it declares. */
    private static void declared(RuleOptions options, List<RuleOption<?>> declared) {
        Set<String> names = new TreeSet<>();
        declared.forEach(o -> names.add(o.name()));
        for (String given : new TreeSet<>(options.values().keySet())) {
            if (!names.contains(given)) {
                throw new IllegalArgumentException("unknown option '" + given + "' of rule '" + options.ruleId() + "'"
                        + Suggestions.didYouMean(given, names) + (names.isEmpty()
                        ? "; the rule takes no options" : "; its options are: " + String.join(", ", names)));
            }
        }
        declared.forEach(options::find);
    }

    private static void validate(Profile profile, RuleDescriptor d, Runnable check) throws ConfigException {
        if (!profile.config().rule(d.id()).enabled()) {
            return;
        }
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(profile.config().source().whereRule(d.id()) + e.getMessage(), e);
        }
    }
}
