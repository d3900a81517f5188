package dev.speclint.core.report;

import dev.speclint.core.rule.RuleRegistry;

/**
 * What reporters may need beyond the result.
 *
 * @param registry the run's rules, for their descriptions and doc links
 * @param toolVersion spec-lint's version
 * @param docsBase the base URL of the rule doc pages
 * @param color whether the text format may use ANSI colour
 */
public record ReportContext(RuleRegistry registry, String toolVersion, String docsBase, boolean color) {

    /** Where the rule doc pages are published. */
    public static final String DEFAULT_DOCS_BASE = "https://github.com/spec-lint/spec-lint/blob/main/rules/docs/";
}
