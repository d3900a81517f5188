/**
 * Linting open buffers off the JSON-RPC thread: the debouncing scheduler that drops superseded
 * versions, the per-config linter cache that re-reads a changed {@code spec-lint.yaml}, and the
 * consent check for code a workspace names.
 */
package dev.speclint.lsp.lint;
