/**
 * Report formats (text, JSON, SARIF, Checkstyle, JUnit, GitHub) written from a
 * {@link dev.speclint.core.engine.LintResult}. The top of core: may depend on {@code engine} and below;
 * nothing in core depends on it.
 */
package dev.speclint.core.report;
