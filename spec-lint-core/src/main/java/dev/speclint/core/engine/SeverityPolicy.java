package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;

/** The severity a rule reports with: the config's, else the rule's default. */
final class SeverityPolicy {

    private final LintConfig config;

    SeverityPolicy(LintConfig config) {
        this.config = config;
    }

    /**
     * @param document the document being checked, or null for engine problems before parsing
     */
    Severity severity(RuleDescriptor rule, SpecDocument document) {
        return config.rule(rule.id()).severity().orElse(rule.defaultSeverity());
    }
}
