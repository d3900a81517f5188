package dev.speclint.core.rule;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateSchema;

/** What a {@link Rule} sees of the run while it checks one document, and where it reports. */
public interface RuleContext {

    /**
     * The schema of the profile that applies to this document.
     *
     * @return the schema of the profile whose paths match the document being checked
     */
    TemplateSchema schema();

    /**
     * What statuses mean in this run, from the config ({@code statusField}, {@code finalStatuses},
     * {@code extraStatuses}, {@code uncheckedStatuses}, {@code completeIn}). {@link #schema()} holds
     * only what the template says; this is what the config says about statuses.
     *
     * @return the run's status policy for the document's profile
     */
    StatusPolicy status();

    /**
     * This rule's options from the config.
     *
     * @return the options; empty (never null) when the config gives none
     */
    RuleOptions options();

    /**
     * Reports a finding at a 1-based line and column of the document being checked.
     *
     * @param line 1-based line
     * @param column 1-based column (UTF-16 code units)
     * @param message what is wrong and, where it helps, what to do
     */
    void report(int line, int column, String message);

    /**
     * Reports a finding with a {@link Fix} (may be {@code null}). Contexts that do not keep fixes
     * report the finding without it.
     *
     * @param line 1-based line
     * @param column 1-based column (UTF-16 code units)
     * @param message what is wrong and, where it helps, what to do
     * @param fix the mechanical repair offered, or {@code null} for none
     */
    default void report(int line, int column, String message, Fix fix) {
        report(line, column, message);
    }

    /**
     * Whether a relative link target ({@code docs/api.md}, {@code ../img/a.png}; already without
     * {@code ?query} and {@code #fragment}, percent-decoded) names an existing file or directory,
     * resolved against the checked file's directory. Rules never read files: they ask here. Always
     * true when the document was not read from a file (text linted from memory).
     *
     * @param relativeTarget the link target, relative to the checked file's directory
     * @return whether that file or directory exists
     */
    default boolean fileExists(String relativeTarget) {
        return true;
    }

    /**
     * How {@code document} (the document being checked) lines up with {@link #schema()}. The engine
     * computes it once per document and hands the same instance to every rule that asks, so section
     * rules share the work; this default computes it on each call.
     *
     * @param document the document being checked
     * @return which of the document's sections match which of the schema's section specs
     */
    default SectionMatch sectionMatch(SpecDocument document) {
        return SectionMatch.of(schema(), document);
    }
}
