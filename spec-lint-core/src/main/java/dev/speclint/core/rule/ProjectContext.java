package dev.speclint.core.rule;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.template.TemplateSchema;

/** What a {@link ProjectRule} sees of the run, and where it reports. */
public interface ProjectContext {

    /**
     * The schema of the profile that applies to {@code document}.
     *
     * @param document one of the documents of the run
     * @return the schema of the profile whose paths match the document
     */
    TemplateSchema schema(SpecDocument document);

    /**
     * This rule's options from the config.
     *
     * @return the options; empty (never null) when the config gives none
     */
    RuleOptions options();

    /**
     * Reports a finding at a 1-based line and column of {@code document}.
     *
     * @param document the document the finding is in
     * @param line 1-based line
     * @param column 1-based column (UTF-16 code units)
     * @param message what is wrong and, where it helps, what to do
     */
    void report(SpecDocument document, int line, int column, String message);
}
