/**
 * Baselines: the findings a repository already had when it adopted spec-lint, kept in a file
 * ({@code spec-lint-baseline.json}) so that a run reports only new findings. An entry names its
 * file (relative to the baseline file's folder), its rule and a fingerprint of the finding's line
 * content and message, never its line number: editing elsewhere in a spec keeps its entries. The
 * CLI and the Maven plugin share this package.
 */
package dev.speclint.core.baseline;
