/**
 * {@code spec-lint lsp} driven as an editor drives it: a child process spoken to in JSON-RPC
 * over its stdin and stdout, framed by hand.
 */
package dev.speclint.cli.lsp;
