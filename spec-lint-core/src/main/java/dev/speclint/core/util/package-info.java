/**
 * Small helpers used at every layer: did-you-mean suggestions, file globs and a bounded memo of string
 * functions. A leaf: depends on no other spec-lint package.
 */
package dev.speclint.core.util;
