/**
 * {@code spec-lint.yaml}: finding, reading and validating it into a
 * {@link dev.speclint.core.config.LintConfig}. May depend on {@code rule} (severities), {@code template}
 * (placeholder syntax, the default status field), {@code parse} (text decoding) and the leaf packages;
 * not on profiles or the engine.
 */
package dev.speclint.core.config;
