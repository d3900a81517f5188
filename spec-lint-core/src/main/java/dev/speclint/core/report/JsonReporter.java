package dev.speclint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;

/**
 * The documented JSON format:
 * <pre>{@code
 * {"version": "1", "tool": {"name": "spec-lint", "version": "..."},
 *  "summary": {"files": 3, "errors": 2, "warnings": 1},
 *  "violations": [{"file": "...", "line": 4, "column": 12, "rule": "...", "severity": "error",
 *                  "message": "...", "fix": {"description": "...", "edits": [{"startLine": 5,
 *                  "startColumn": 1, "endLine": 5, "endColumn": 1, "newText": "..."}]}}],
 *  "index": {"byStatus": {"Draft": 1}, "byRule": {"rule-id": 2}},
 *  "specs": [{"file": "...", "id": "...", "title": "...", "status": "...", ...}]}
 * }</pre>
 * Version 2 added {@code index} and {@code specs} ({@link SpecIndexJson}); version 3 added a violation's
 * {@code fix}, present only when the rule offers one. The fields of earlier versions are unchanged.
 * Timing is left out so that the same input gives the same bytes.
 */
public final class JsonReporter implements Reporter {

    /** The format's version; bumped only on incompatible changes. */
    public static final String FORMAT_VERSION = "3";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        JsonGenerator g = JsonWriting.generator(out);
        g.writeStartObject();
        g.writeStringField("version", FORMAT_VERSION);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "spec-lint");
        g.writeStringField("version", context.toolVersion());
        g.writeEndObject();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", result.files().size());
        g.writeNumberField("errors", result.errorCount());
        g.writeNumberField("warnings", result.warningCount());
        g.writeEndObject();
        g.writeArrayFieldStart("violations");
        for (Violation v : result.violations()) {
            g.writeStartObject();
            g.writeStringField("file", v.file());
            g.writeNumberField("line", v.line());
            g.writeNumberField("column", v.column());
            g.writeStringField("rule", v.rule());
            g.writeStringField("severity", v.severity().label());
            g.writeStringField("message", v.message());
            if (v.hasFix()) {
                writeFix(g, v.fix());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        SpecIndexJson.write(context.index(result), g);
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    /** {@code "fix": {"description", "edits": [{startLine, startColumn, endLine, endColumn, newText}]}}. */
    private static void writeFix(JsonGenerator g, Fix fix) throws IOException {
        g.writeObjectFieldStart("fix");
        g.writeStringField("description", fix.description());
        g.writeArrayFieldStart("edits");
        for (TextEdit e : fix.edits()) {
            g.writeStartObject();
            g.writeNumberField("startLine", e.startLine());
            g.writeNumberField("startColumn", e.startColumn());
            g.writeNumberField("endLine", e.endLine());
            g.writeNumberField("endColumn", e.endColumn());
            g.writeStringField("newText", e.newText());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
