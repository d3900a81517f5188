/**
 * Between spec-lint's coordinates (1-based lines and UTF-16 columns, {@code "\n"} in edits) and the
 * protocol's (0-based lines and UTF-16 characters, the buffer's own line ending): positions, ranges,
 * diagnostics and text edits.
 */
package dev.speclint.lsp.convert;
