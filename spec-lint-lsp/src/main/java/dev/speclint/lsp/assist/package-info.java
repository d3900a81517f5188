/**
 * What the editor asks for besides diagnostics: quick fixes (a rule's fix, a suppression comment),
 * hover text for a finding, and completion of a metadata field's allowed values.
 */
package dev.speclint.lsp.assist;
