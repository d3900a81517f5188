/**
 * The spec index: per spec its id, title, status, author, dates, completeness (sections, checklist,
 * placeholders) and findings by severity, and for a run the counts by status and by rule. Reports
 * (JSON, HTML, the Maven site page) and {@code spec-lint list} show it; {@link dev.speclint.core.index.SpecIndexer}
 * builds it from a parsed document, its template and its findings.
 */
package dev.speclint.core.index;
