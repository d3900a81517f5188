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
     * Checks this rule's options once, when a linter is built, so that a bad option is a config error naming the
     * config file and line rather than a failure on every file. Read every option the rule uses here.
     *
     * @param options this rule's options from the config; empty when it gives none
     * @throws IllegalArgumentException with a message naming the option and what it must be
     */
    default void validateOptions(RuleOptions options) {
    }

    /**
     * The names of the options this rule takes; any other option in the config is an error naming its
     * line, with a did-you-mean. Empty (the default, for rules that predate it): options are not
     * checked by name.
     *
     * @return the option names, or empty when options are not checked by name
     */
    default java.util.Optional<java.util.Set<String>> optionNames() {
        return java.util.Optional.empty();
    }
}
