/**
 * Scaffolding a new spec from a template: its Spec ID ({@code SPEC-<KEY>-<N>}, numbered after the
 * specs already there), file name, and the template with its metadata and title filled in. The one
 * implementation behind {@code spec-lint new} and the Maven plugin's {@code spec-lint:new}.
 */
package dev.speclint.core.scaffold;
