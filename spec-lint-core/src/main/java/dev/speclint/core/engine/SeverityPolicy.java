package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.StatusPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The severity a rule reports with: the config's {@code severityByStatus} entry for the document's
 * status (config {@code statusField}, default {@code Status}; values compare as
 * {@link StatusPolicy#oneOf} compares them), else the config's severity of the rule, else the rule's
 * default.
 */
final class SeverityPolicy {

    private final LintConfig config;

    SeverityPolicy(LintConfig config) {
        this.config = config;
    }

    /**
     * @param document the document being checked, or null for engine problems before parsing
     */
    Severity severity(RuleDescriptor rule, SpecDocument document) {
        if (document != null && !config.statuses().severityByStatus().isEmpty()) {
            Optional<Severity> byStatus = document.metadataValue(config.statuses().statusField())
                    .flatMap(value -> byStatus(value, rule.id()));
            if (byStatus.isPresent()) {
                return byStatus.get();
            }
        }
        return config.rule(rule.id()).severity().orElse(rule.defaultSeverity());
    }

    private Optional<Severity> byStatus(String statusValue, String ruleId) {
        for (Map.Entry<String, Map<String, Severity>> e : config.statuses().severityByStatus().entrySet()) {
            Severity s = e.getValue().get(ruleId);
            if (s != null && StatusPolicy.oneOf(statusValue, List.of(e.getKey())).isPresent()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
