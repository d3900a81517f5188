/**
 * spec-lint core: the engine that reads Markdown specs into a section tree, checks them with
 * pluggable rules and reports the findings. Knows no particular rule or template. This package holds
 * only {@link dev.speclint.core.SpecLintVersion} and depends on nothing.
 */
package dev.speclint.core;
