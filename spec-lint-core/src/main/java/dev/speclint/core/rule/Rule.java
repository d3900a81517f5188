package dev.speclint.core.rule;

import dev.speclint.core.document.SpecDocument;

/**
 * A check over one document. Implementations are stateless and thread-safe: one instance checks
 * many documents at once. A rule reports through the context; it never throws for bad input and
 * never reads files.
 */
public interface Rule {

    /**
     * What this rule is.
     *
     * @return the rule's id, summary, default severity and doc page; the same on every call
     */
    RuleDescriptor descriptor();

    /**
     * Checks {@code document}, reporting each finding through {@code context}.
     *
     * @param document the parsed document
     * @param context the schema and options that apply to it, and where findings go
     */
    void check(SpecDocument document, RuleContext context);

    /**
     * The options this rule takes, each declared once ({@link RuleOption}: name, kind, default,
     * meaning). Any other option in the config, or a value of the wrong kind, is a config error naming
     * its line before any file is linted; {@code spec-lint explain} and the config's JSON Schema list
     * them.
     *
     * @return the declarations; empty (the default) when the rule takes no options
     */
    default java.util.List<RuleOption<?>> options() {
        return java.util.List.of();
    }

    /**
     * Checks what the option kinds cannot (a regular expression that does not compile, a glob), once,
     * when a linter is built, so that a bad option is a config error naming the config file and line
     * rather than a failure on every file. The kinds of {@link #options()} are checked already.
     *
     * @param options this rule's options from the config; empty when it gives none
     * @throws IllegalArgumentException with a message naming the option and what it must be
     */
    default void validateOptions(RuleOptions options) {
    }
}
