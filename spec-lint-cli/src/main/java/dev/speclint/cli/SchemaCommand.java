package dev.speclint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.profile.ProfileLoader;
import dev.speclint.core.template.ChecklistSpec;
import dev.speclint.core.template.FieldSpec;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.TableSpec;
import dev.speclint.core.template.TemplateSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code spec-lint schema [TEMPLATE]}: prints, as JSON, what spec-lint learned from a template (a file
 * or a built-in profile's name; default: the config's profile), under the config's placeholder
 * patterns, optional sections and final statuses.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints what spec-lint learns from a template, as JSON: sections (required or optional, "
                + "pattern headings), metadata fields and allowed values, checklists, table columns and choices, "
                + "boilerplate lines and placeholder syntax.",
            "TEMPLATE is a Markdown file or a built-in profile's name (see 'spec-lint profiles'); without it, the "
                + "config's profile. The config's placeholderPatterns, optionalSections and finalStatuses apply."})
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "A template file or a built-in profile name")
    String template;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws IOException {
        LintConfig config = configOptions.load();
        if (template != null) {
            Path asFile = Path.of(template);
            config = config.withOnlyProfile(Files.exists(asFile) ? asFile.toAbsolutePath().normalize().toString()
                    : template);
        }
        Profile profile;
        try {
            ProfileLoader loader = new ProfileLoader(SchemaCommand.class.getClassLoader(), new SpecParser());
            profile = loader.load(config, config.source().directory().orElse(Path.of("").toAbsolutePath()));
        } catch (ConfigException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        write(g, profile.schema());
        g.flush();
        out.println();
        out.flush();
        return SpecLintCommand.CLEAN;
    }

    static void write(JsonGenerator g, TemplateSchema schema) throws IOException {
        g.writeStartObject();
        g.writeStringField("template", schema.name());
        g.writeArrayFieldStart("sections");
        for (SectionSpec s : schema.sections()) {
            writeSection(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fields");
        for (FieldSpec f : schema.fields()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeStringField("templateValue", f.templateValue());
            strings(g, "allowedValues", f.allowedValues());
            g.writeBooleanField("mustReplace", f.mustReplace());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checklists");
        for (ChecklistSpec c : schema.checklists()) {
            g.writeStartObject();
            g.writeStringField("section", c.sectionTitle());
            strings(g, "items", c.items());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tables");
        for (TableSpec t : schema.tables()) {
            writeTable(g, t);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("placeholders");
        List<String> builtIn = new java.util.ArrayList<>();
        if (schema.placeholders().brackets()) {
            builtIn.add("[bracketed text] that is not a link, footnote, task box or citation");
        }
        if (schema.placeholders().xxx()) {
            builtIn.add("XXX");
        }
        strings(g, "builtIn", builtIn);
        strings(g, "patterns", schema.placeholders().extraPatterns());
        g.writeEndObject();
        strings(g, "finalStatuses", schema.finalStatuses().stream().sorted().toList());
        g.writeObjectFieldStart("boilerplate");
        g.writeNumberField("count", schema.boilerplate().size());
        strings(g, "lines", schema.boilerplate().stream().sorted().toList());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSection(JsonGenerator g, SectionSpec s) throws IOException {
        // a template's tree is at most six levels deep
        g.writeStartObject();
        g.writeNumberField("level", s.level());
        g.writeStringField("title", s.title());
        g.writeStringField("key", s.key());
        g.writeBooleanField("required", s.required());
        g.writeBooleanField("pattern", s.pattern());
        g.writeNumberField("line", s.line());
        if (!s.children().isEmpty()) {
            g.writeArrayFieldStart("children");
            for (SectionSpec child : s.children()) {
                writeSection(g, child);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeTable(JsonGenerator g, TableSpec t) throws IOException {
        g.writeStartObject();
        g.writeStringField("section", t.sectionTitle());
        g.writeNumberField("line", t.line());
        g.writeArrayFieldStart("columns");
        for (int i = 0; i < t.columns().size(); i++) {
            g.writeStartObject();
            g.writeStringField("name", t.columns().get(i));
            List<String> choices = t.choices().get(i);
            if (choices != null) {
                strings(g, "choices", choices);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
