package dev.speclint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.FileCollector;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.template.FieldSpec;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.TemplateSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a repository's existing specs use a template: for each template section and header field, how
 * many specs have it. A section that many accepted specs leave out is one the team treats as optional,
 * whatever the template says; {@code spec-lint schema --specs DIR} shows it so that the config can say
 * so ({@code requiredSections} or {@code optionalSections}) before the first lint.
 *
 * @param specs how many specs were read
 * @param sections per template section, in template order (depth first), how many specs have it
 * @param fields per header field, how many specs have it
 */
record TemplateUsage(int specs, List<Count> sections, List<Count> fields) {

    /** A section this share of the specs or fewer have is suggested as optional. */
    static final double SUGGEST_OPTIONAL_BELOW = 0.8;

    /** One template section or field and how many specs have it. */
    record Count(String title, int line, boolean required, int found) {
    }

    /** Reads the Markdown specs under {@code dir} (the config's file selection) and counts. */
    static TemplateUsage of(TemplateSchema schema, LintConfig config, Path dir, PrintWriter err) {
        FileCollector collector = new FileCollector(config.files().includes(), config.files().excludes());
        List<String> problems = new ArrayList<>();
        List<Path> files = collector.collect(List.of(dir), problems);
        problems.forEach(p -> err.println("spec-lint: " + p));
        SpecParser parser = new SpecParser();
        List<SectionSpec> order = new ArrayList<>();
        flatten(schema.sections(), order);
        Map<SectionSpec, Integer> sectionHits = new IdentityHashMap<>();
        int[] fieldHits = new int[schema.fields().size()];
        Set<String> keys = schema.fields().stream().map(FieldSpec::key).collect(Collectors.toSet());
        int read = 0;
        for (Path file : files) {
            SpecDocument doc;
            try {
                doc = parser.parse(file.toString(), Files.readAllBytes(file));
            } catch (IOException | InvalidEncodingException e) {
                err.println("spec-lint: " + file + ": not counted: " + e.getMessage());
                continue;
            }
            read++;
            SectionMatch match = SectionMatch.of(schema, doc);
            for (SectionSpec s : order) {
                if (!match.sections(s).isEmpty()) {
                    sectionHits.merge(s, 1, Integer::sum);
                }
            }
            for (int i = 0; i < fieldHits.length; i++) {
                if (schema.fields().get(i).in(doc, keys).isPresent()) {
                    fieldHits[i]++;
                }
            }
        }
        List<Count> sections = new ArrayList<>();
        for (SectionSpec s : order) {
            if (!SectionMatch.isTitle(s, null)) {
                sections.add(new Count(s.title(), s.line(), s.required(), sectionHits.getOrDefault(s, 0)));
            }
        }
        List<Count> fields = new ArrayList<>();
        for (int i = 0; i < fieldHits.length; i++) {
            FieldSpec f = schema.fields().get(i);
            fields.add(new Count(f.name(), f.line(), !f.optional(), fieldHits[i]));
        }
        return new TemplateUsage(read, sections, fields);
    }

    private static void flatten(List<SectionSpec> specs, List<SectionSpec> out) {
        for (SectionSpec s : specs) { // a template is at most six levels deep
            out.add(s);
            flatten(s.children(), out);
        }
    }

    /** The required sections that fewer than {@link #SUGGEST_OPTIONAL_BELOW} of the specs have. */
    List<String> rarelyKept() {
        return sections.stream().filter(c -> c.required() && specs > 0 && c.found() < SUGGEST_OPTIONAL_BELOW * specs)
                .map(Count::title).toList();
    }

    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("specs", specs);
        writeCounts(g, "sections", sections);
        writeCounts(g, "fields", fields);
        g.writeArrayFieldStart("oftenLeftOut");
        for (String title : rarelyKept()) {
            g.writeString(title);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeCounts(JsonGenerator g, String name, List<Count> counts) throws IOException {
        g.writeArrayFieldStart(name);
        for (Count c : counts) {
            g.writeStartObject();
            g.writeStringField("title", c.title());
            g.writeNumberField("line", c.line());
            g.writeBooleanField("required", c.required());
            g.writeNumberField("found", c.found());
            g.writeNumberField("share", specs == 0 ? 0 : Math.round(1000.0 * c.found() / specs) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
