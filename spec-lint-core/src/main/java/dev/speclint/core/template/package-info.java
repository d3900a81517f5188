/**
 * The template as schema: compiles a template document into a
 * {@link dev.speclint.core.template.TemplateSchema} (sections, fields, checklists, tables,
 * placeholders) and matches a spec's sections against it. May depend on {@code document} and
 * {@code parse}.
 */
package dev.speclint.core.template;
