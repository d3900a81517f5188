/**
 * Running a lint: {@link dev.speclint.core.engine.SpecLinter} (the API entry point) collects files,
 * lints each (read, parse, check, suppress), runs the cross-file rules and returns a
 * {@link dev.speclint.core.engine.LintResult}. May depend on every core package except {@code report}.
 */
package dev.speclint.core.engine;
