package dev.speclint.core.rule;

import dev.speclint.core.config.RuleOptions;
import dev.speclint.core.document.SpecDocument;
import java.util.List;

/**
 * A check across every document of a run (e.g. one Spec ID used by two specs). Runs after every
 * per-file rule, once per run, over the documents in path order. Same contract as {@link Rule}.
 */
public interface ProjectRule {

    /** What this rule is. */
    RuleDescriptor descriptor();

    /** Checks {@code documents} together, reporting through {@code context}. */
    void check(List<SpecDocument> documents, ProjectContext context);

    /**
     * Checks this rule's options once, when a linter is built, so that a bad option is a config error naming the
     * config file and line rather than a failure on every file. Read every option the rule uses here.
     *
     * @throws IllegalArgumentException with a message naming the option and what it must be
     */
    default void validateOptions(RuleOptions options) {
    }
}
