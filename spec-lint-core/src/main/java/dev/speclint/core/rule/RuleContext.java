package dev.speclint.core.rule;

import dev.speclint.core.config.RuleOptions;
import dev.speclint.core.template.TemplateSchema;

/** What a {@link Rule} sees of the run while it checks one document, and where it reports. */
public interface RuleContext {

    /** The schema of the profile that applies to this document. */
    TemplateSchema schema();

    /** This rule's options from the config (empty when none). */
    RuleOptions options();

    /** Reports a finding at a 1-based line and column of the document being checked. */
    void report(int line, int column, String message);

    /**
     * Whether a relative link target ({@code docs/api.md}, {@code ../img/a.png}; already without
     * {@code ?query} and {@code #fragment}, percent-decoded) names an existing file or directory,
     * resolved against the checked file's directory. Rules never read files: they ask here. Always
     * true when the document was not read from a file (text linted from memory).
     */
    default boolean fileExists(String relativeTarget) {
        return true;
    }
}
