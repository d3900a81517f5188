/**
 * The parsed spec: {@link dev.speclint.core.document.SpecDocument}, its section tree, metadata,
 * checklists, tables, links and comments, every node with its 1-based position. Immutable values; a
 * leaf that depends on no other spec-lint package.
 */
package dev.speclint.core.document;
