package dev.speclint.core.config;

import dev.speclint.core.rule.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * What the config says of one rule.
 *
 * @param enabled whether the rule runs
 * @param severity the severity to report with, or empty for the rule's default
 * @param options the rule's options
 */
public record RuleSettings(boolean enabled, Optional<Severity> severity, Map<String, Object> options) {

    public RuleSettings {
        options = Map.copyOf(options);
    }

    /** The rule runs with its defaults. */
    public static final RuleSettings DEFAULT = new RuleSettings(true, Optional.empty(), Map.of());
}
