/**
 * The Maven plugin: the {@code check} goal (lint specs in the build), the {@code new-spec} goal
 * (a spec from a template) and the site reports {@code spec-lint} and {@code aggregate}. A thin adapter over core: depends on spec-lint-core and the Maven API,
 * never on particular rules.
 */
package dev.speclint.maven;
