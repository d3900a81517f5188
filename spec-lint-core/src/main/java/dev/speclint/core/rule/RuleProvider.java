package dev.speclint.core.rule;

import java.util.List;

/**
 * Contributes rules. Listed in {@code META-INF/services/dev.speclint.core.rule.RuleProvider} of a
 * jar on the classpath (CLI) or under the Maven plugin's {@code <dependencies>}.
 */
public interface RuleProvider {

    /**
     * Per-document rules.
     *
     * @return the rules this provider contributes; may be empty
     */
    List<Rule> rules();

    /**
     * Cross-file rules; none by default.
     *
     * @return the project rules this provider contributes; may be empty
     */
    default List<ProjectRule> projectRules() {
        return List.of();
    }
}
