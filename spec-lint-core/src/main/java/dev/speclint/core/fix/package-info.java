/**
 * Applying {@link dev.speclint.core.rule.Fix fixes} to a document's source text: the edits of
 * non-overlapping fixes are written into the text byte for byte where nothing changes (line
 * endings, byte order mark, final newline), and a document is re-linted and fixed again until
 * no fix applies.
 */
package dev.speclint.core.fix;
