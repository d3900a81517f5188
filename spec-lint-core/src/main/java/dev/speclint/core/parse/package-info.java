/**
 * Reads bytes into a {@link dev.speclint.core.document.SpecDocument}: strict UTF-8 decoding, flexmark
 * parsing, the section tree. May depend on {@code document} (and the root and leaf packages) only.
 */
package dev.speclint.core.parse;
