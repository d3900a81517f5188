package dev.speclint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;

/**
 * The documented JSON format:
 * <pre>{@code
 * {"version": "1", "tool": {"name": "spec-lint", "version": "..."},
 *  "summary": {"files": 3, "errors": 2, "warnings": 1},
 *  "violations": [{"file": "...", "line": 4, "column": 12, "rule": "...", "severity": "error",
 *                  "message": "..."}],
 *  "index": {"byStatus": {"Draft": 1}, "byRule": {"rule-id": 2}},
 *  "specs": [{"file": "...", "id": "...", "title": "...", "status": "...", ...}]}
 * }</pre>
 * Version 2 added {@code index} and {@code specs} ({@link SpecIndexJson}); the fields of version 1 are unchanged.
 * Timing is left out so that the same input gives the same bytes.
 */
public final class JsonReporter implements Reporter {

    /** The format's version; bumped only on incompatible changes. */
    public static final String FORMAT_VERSION = "2";

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
            g.writeEndObject();
        }
        g.writeEndArray();
        SpecIndexJson.write(context.index(result), g);
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }
}
