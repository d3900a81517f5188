package dev.speclint.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules of a run, by id. Two rules with one id are refused at construction. */
public final class RuleRegistry {

    private final List<Rule> rules;
    private final List<ProjectRule> projectRules;
    private final Map<String, RuleDescriptor> descriptors;

    private RuleRegistry(List<Rule> rules, List<ProjectRule> projectRules, Collection<RuleDescriptor> engineRules) {
        this.rules = List.copyOf(rules);
        this.projectRules = List.copyOf(projectRules);
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (RuleDescriptor d : engineRules) {
            register(byId, owner, d, "spec-lint's engine");
        }
        for (Rule r : rules) {
            register(byId, owner, r.descriptor(), r.getClass().getName());
        }
        for (ProjectRule r : projectRules) {
            register(byId, owner, r.descriptor(), r.getClass().getName());
        }
        this.descriptors = java.util.Collections.unmodifiableMap(byId);
    }

    private static void register(Map<String, RuleDescriptor> byId, Map<String, String> owner, RuleDescriptor d,
            String by) {
        String previous = owner.putIfAbsent(d.id(), by);
        if (previous != null) {
            throw new DuplicateRuleException("rule id '" + d.id() + "' is defined twice: by " + previous + " and by "
                    + by + "; remove one of the jars or rename the rule");
        }
        byId.put(d.id(), d);
    }

    /** The rules of every {@link RuleProvider} visible to {@code loader}. */
    public static RuleRegistry discover(ClassLoader loader) {
        List<Rule> rules = new ArrayList<>();
        List<ProjectRule> projectRules = new ArrayList<>();
        for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
            rules.addAll(provider.rules());
            projectRules.addAll(provider.projectRules());
        }
        return new RuleRegistry(rules, projectRules, EngineRules.ALL);
    }

    /** A registry of exactly these rules (plus the engine's own ids). */
    public static RuleRegistry of(List<Rule> rules, List<ProjectRule> projectRules) {
        return new RuleRegistry(rules, projectRules, EngineRules.ALL);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<ProjectRule> projectRules() {
        return projectRules;
    }

    /** Every known rule id's descriptor, engine rules first, then in registration order. */
    public Collection<RuleDescriptor> descriptors() {
        return descriptors.values();
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    public boolean contains(String id) {
        return descriptors.containsKey(id);
    }
}
