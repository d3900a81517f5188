/**
 * The {@code spec-lint} command line (picocli): lint, explain, rules, profiles, outline and schema
 * commands over spec-lint-core. Depends on core and picocli; rules come from the classpath.
 */
package dev.speclint.cli;
