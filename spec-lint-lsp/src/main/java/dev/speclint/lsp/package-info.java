/**
 * The spec-lint language server: {@link dev.speclint.lsp.SpecLintServer} (lifecycle and
 * capabilities), its text-document and workspace services, and {@link dev.speclint.lsp.LspMain},
 * which serves it over a pair of streams (stdin/stdout for {@code spec-lint lsp}).
 */
package dev.speclint.lsp;
