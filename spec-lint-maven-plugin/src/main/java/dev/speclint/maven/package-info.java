/**
 * The Maven plugin: the {@code check} goal (lint specs in the build) and the {@code new-spec} goal
 * (a spec from a template). A thin adapter over core: depends on spec-lint-core and the Maven API,
 * never on particular rules.
 */
package dev.speclint.maven;
