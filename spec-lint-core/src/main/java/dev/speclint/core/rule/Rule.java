package dev.speclint.core.rule;

import dev.speclint.core.document.SpecDocument;

/**
 * A check over one document. Implementations are stateless and thread-safe: one instance checks
 * many documents at once. A rule reports through the context; it never throws for bad input and
 * never reads files.
 */
public interface Rule {

    /** What this rule is. */
    RuleDescriptor descriptor();

    /** Checks {@code document}, reporting each finding through {@code context}. */
    void check(SpecDocument document, RuleContext context);

    /**
     * The options this rule takes, each declared once ({@link RuleOption}: name, kind, default,
     * meaning). Any other option in the config, or a value of the wrong kind, is a config error naming
     * its line before any file is linted; {@code spec-lint explain} and the config's JSON Schema list
     * them. Default: none.
     */
    default java.util.List<RuleOption<?>> options() {
        return java.util.List.of();
    }

    /**
     * Checks what the option kinds cannot (a regular expression that does not compile, a glob), once,
     * when a linter is built, so that a bad option is a config error naming the config file and line
     * rather than a failure on every file. The kinds of {@link #options()} are checked already.
     *
     * @throws IllegalArgumentException with a message naming the option and what it must be
     */
    default void validateOptions(RuleOptions options) {
    }
}
