package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.TitleKey;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * The severity a rule reports with: the config's {@code severityByStatus} entry for the document's
 * status (config {@code statusField}, default {@code Status}), else the config's severity of the rule, else the rule's default.
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
        if (document != null && !config.severityByStatus().isEmpty()) {
            Optional<Severity> byStatus = document.metadataValue(config.hints().statusField())
                    .flatMap(value -> byStatus(value, rule.id()));
            if (byStatus.isPresent()) {
                return byStatus.get();
            }
        }
        return config.rule(rule.id()).severity().orElse(rule.defaultSeverity());
    }

    private Optional<Severity> byStatus(String statusValue, String ruleId) {
        String key = TitleKey.of(statusValue.replace("*", "").replace("_", " "));
        for (Map.Entry<String, Map<String, Severity>> e : config.severityByStatus().entrySet()) {
            Severity s = e.getValue().get(ruleId);
            if (s != null && names(key, TitleKey.of(e.getKey()))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code Draft} names {@code draft} and {@code draft (v2)}, not {@code drafted}. */
    static boolean names(String valueKey, String statusKey) {
        return !statusKey.isEmpty() && valueKey.startsWith(statusKey) && (valueKey.length() == statusKey.length()
                || !Character.isLetterOrDigit(valueKey.charAt(statusKey.length())));
    }
}
