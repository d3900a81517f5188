/**
 * File output helpers (atomic writes) shared by the engine, the reports and the Maven plugin. A leaf:
 * depends on no other spec-lint package.
 */
package dev.speclint.core.io;
