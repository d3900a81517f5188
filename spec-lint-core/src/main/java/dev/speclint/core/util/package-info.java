/**
 * Small helpers used at every layer: did-you-mean suggestions and file globs. A leaf: depends on no
 * other spec-lint package.
 */
package dev.speclint.core.util;
