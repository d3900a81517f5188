/**
 * Profiles: a built-in name or a template file, compiled into a
 * {@link dev.speclint.core.profile.Profile} ({@link dev.speclint.core.profile.ProfileLoader}), and
 * which profile each file of a run is linted against ({@link dev.speclint.core.profile.ProfileSet}).
 * Rule jars contribute built-in profiles through {@link dev.speclint.core.profile.ProfileProvider}. May
 * depend on {@code config}, {@code rule}, {@code template}, {@code parse} and below; not on the engine.
 */
package dev.speclint.core.profile;
