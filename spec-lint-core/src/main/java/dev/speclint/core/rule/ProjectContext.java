package dev.speclint.core.rule;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.template.TemplateSchema;

/** What a {@link ProjectRule} sees of the run, and where it reports. */
public interface ProjectContext {

    /** The schema of the profile that applies to {@code document}. */
    TemplateSchema schema(SpecDocument document);

    /** This rule's options from the config (empty when none). */
    RuleOptions options();

    /** Reports a finding at a 1-based line and column of {@code document}. */
    void report(SpecDocument document, int line, int column, String message);
}
