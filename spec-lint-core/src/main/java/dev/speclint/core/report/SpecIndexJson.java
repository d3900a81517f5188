package dev.speclint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The spec index as JSON: the {@code index} and {@code specs} fields of the JSON report, and the
 * whole of {@code spec-lint list --format json}. Field names are documented in docs/reports.md.
 */
public final class SpecIndexJson {

    private SpecIndexJson() {
    }

    /** Writes {@code {"index": ..., "specs": [...]}} as a document of its own. */
    public static void writeDocument(SpecIndex index, Writer out) throws IOException {
        JsonGenerator g = JsonWriting.generator(out);
        g.writeStartObject();
        write(index, g);
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    /** Writes the fields {@code index} and {@code specs} into the current object. */
    static void write(SpecIndex index, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("index");
        g.writeNumberField("specs", index.specs().size());
        counts(g, "byStatus", index.byStatus());
        counts(g, "byRule", index.byRule());
        g.writeEndObject();
        g.writeArrayFieldStart("specs");
        for (SpecEntry e : index.specs()) {
            g.writeStartObject();
            g.writeStringField("file", e.file());
            g.writeStringField("id", e.id());
            g.writeStringField("title", e.title());
            g.writeStringField("status", e.status());
            g.writeStringField("author", e.author());
            g.writeStringField("created", e.created());
            g.writeStringField("updated", e.updated());
            g.writeObjectFieldStart("sections");
            g.writeNumberField("present", e.sectionsPresent());
            g.writeNumberField("expected", e.sectionsExpected());
            g.writeEndObject();
            g.writeObjectFieldStart("checklist");
            g.writeNumberField("ticked", e.checklistTicked());
            g.writeNumberField("total", e.checklistTotal());
            g.writeEndObject();
            g.writeNumberField("placeholders", e.placeholders());
            g.writeObjectFieldStart("findings");
            g.writeNumberField("error", e.errors());
            g.writeNumberField("warning", e.warnings());
            g.writeEndObject();
            counts(g, "byRule", e.byRule());
            g.writeBooleanField("readable", e.readable());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> c : new java.util.TreeMap<>(counts).entrySet()) {
            g.writeNumberField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
    }
}
