package dev.speclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SpecParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code spec-lint outline FILE}: prints what spec-lint reads of a file, as JSON: metadata and the
 * section tree (level, title, key, line, endLine, children), with each section's checklist items.
 */
@Command(name = "outline", mixinStandardHelpOptions = true,
        description = "Prints the section tree spec-lint reads from FILE, as JSON.")
final class OutlineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A Markdown file")
    Path file;

    @Override
    public Integer call() throws IOException {
        SpecDocument document;
        try {
            document = new SpecParser().parse(file.toString(), Files.readAllBytes(file));
        } catch (InvalidEncodingException e) {
            throw new CliFailure(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("file", document.source());
        g.writeStringField("title", document.title());
        g.writeArrayFieldStart("metadata");
        for (MetadataField f : document.metadata()) {
            g.writeStartObject();
            g.writeStringField("key", f.key());
            g.writeStringField("value", f.value());
            g.writeNumberField("line", f.line());
            g.writeEndObject();
        }
        g.writeEndArray();
        Map<Integer, List<ChecklistItem>> items = new java.util.HashMap<>();
        for (ChecklistItem item : document.checklist()) {
            items.computeIfAbsent(item.sectionLine(), k -> new ArrayList<>()).add(item);
        }
        g.writeArrayFieldStart("sections");
        for (Section s : document.sections()) {
            writeSection(g, s, items);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
        out.flush();
        return SpecLintCommand.CLEAN;
    }

    private static void writeSection(JsonGenerator g, Section s, Map<Integer, List<ChecklistItem>> items)
            throws IOException {
        // the tree is at most six levels deep
        g.writeStartObject();
        g.writeNumberField("level", s.level());
        g.writeStringField("title", s.title());
        g.writeStringField("key", s.key());
        g.writeNumberField("line", s.line());
        g.writeNumberField("endLine", s.endLine());
        List<ChecklistItem> own = items.getOrDefault(s.line(), List.of());
        if (!own.isEmpty()) {
            g.writeArrayFieldStart("checklist");
            for (ChecklistItem item : own) {
                g.writeStartObject();
                g.writeStringField("text", item.text());
                g.writeNumberField("line", item.line());
                g.writeBooleanField("checked", item.checked());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("children");
        for (Section child : s.children()) {
            writeSection(g, child, items);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
