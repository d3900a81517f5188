/**
 * The rule SPI: {@link dev.speclint.core.rule.Rule}, {@link dev.speclint.core.rule.ProjectRule}, their
 * descriptors, contexts, options, severities and violations, and the registry that finds rule jars.
 * What third-party rules compile against, so it depends only on {@code document} and {@code template}
 * (and the leaf packages), never on config, profiles or the engine.
 */
package dev.speclint.core.rule;
