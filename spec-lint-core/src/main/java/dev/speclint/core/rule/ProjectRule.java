package dev.speclint.core.rule;

import dev.speclint.core.document.SpecDocument;
import java.util.List;

/**
 * A check across every document of a run (e.g. one Spec ID used by two specs). Runs after every
 * per-file rule, once per run, over the documents in path order. Same contract as {@link Rule}.
 */
public interface ProjectRule {

    /**
     * What this rule is.
     *
     * @return the rule's id, summary, default severity and doc page; the same on every call
     */
    RuleDescriptor descriptor();

    /**
     * Checks {@code documents} together, reporting through {@code context}.
     *
     * @param documents every document of the run, in path order
     * @param context the schemas and options that apply, and where findings go
     */
    void check(List<SpecDocument> documents, ProjectContext context);

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

    /**
     * Whether this rule reads nothing of a document but {@link SpecDocument#source()} and its
     * metadata ({@link SpecDocument#metadata()}, {@link SpecDocument#metadataField},
     * {@link SpecDocument#metadataValue}). When every enabled project rule says so, a run with a cache
     * gives them, for a file whose result comes from the cache, a document rebuilt from the cache
     * that holds only those (no sections, no prose) instead of parsing the file again, and a run
     * without a cache need not keep every parsed document in memory. Such a rule reports at the lines
     * of metadata fields (reports show the text of those lines; of other lines they may not). The
     * default, false, is always correct: every document is kept whole, cached files are parsed again.
     *
     * @return true when the rule reads only the source and metadata of a document
     */
    default boolean readsMetadataOnly() {
        return false;
    }
}
