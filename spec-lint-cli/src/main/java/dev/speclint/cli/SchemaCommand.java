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
import dev.speclint.core.template.PlaceholderSyntax;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.TableSpec;
import dev.speclint.core.template.StatusPolicy;
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

    @CommandLine.Option(names = "--specs", paramLabel = "DIR", description = "Also show how many of the specs "
            + "under DIR (the config's includes and excludes apply) have each template section and header field, "
            + "and which sections most of them leave out (candidates for requiredSections / optionalSections)")
    Path specs;

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
        if (specs == null) {
            write(g, profile);
        } else {
            g.writeStartObject();
            g.writeFieldName("schema");
            write(g, profile);
            g.writeFieldName("usage");
            TemplateUsage.of(profile.schema(), config, specs, spec.commandLine().getErr()).write(g);
            g.writeEndObject();
        }
        g.flush();
        out.println();
        out.flush();
        return SpecLintCommand.CLEAN;
    }

    static void write(JsonGenerator g, Profile profile) throws IOException {
        TemplateSchema schema = profile.schema();
        StatusPolicy status = profile.status();
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
            g.writeStringField("origin", f.origin().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("line", f.line());
            g.writeBooleanField("required", !f.optional());
            if (f.optional()) {
                g.writeStringField("optionalBecause", f.optionalBecause());
            }
            if (!f.requiredIn().isEmpty()) {
                strings(g, "requiredIn", f.requiredIn().stream().sorted().toList());
            }
            if (!f.since().always()) {
                g.writeStringField("requiredSince", f.since().text());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checklists");
        for (ChecklistSpec c : schema.checklists()) {
            g.writeStartObject();
            g.writeStringField("section", c.sectionTitle());
            strings(g, "items", c.items());
            if (c.isChoice()) {
                g.writeStringField("pickOne", c.pickOne());
            }
            if (!c.requiredIn().isEmpty()) {
                strings(g, "requiredIn", c.requiredIn().stream().sorted().toList());
            }
            if (!c.since().always()) {
                g.writeStringField("requiredSince", c.since().text());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tables");
        for (TableSpec t : schema.tables()) {
            writeTable(g, t);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("placeholders");
        g.writeArrayFieldStart("shapes");
        for (PlaceholderSyntax.Learned l : schema.placeholders().learned()) {
            g.writeStartObject();
            g.writeStringField("shape", l.shape().example());
            strings(g, "where", l.scopes().stream().map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).sorted()
                    .toList());
            g.writeNumberField("line", l.line());
            g.writeStringField("example", l.example());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!schema.placeholders().phrasePattern().isEmpty()) {
            g.writeStringField("phrases", schema.placeholders().phrasePattern());
        }
        strings(g, "patterns", schema.placeholders().extraPatterns());
        g.writeEndObject();
        g.writeObjectFieldStart("status");
        g.writeStringField("field", status.field());
        strings(g, "final", status.finalStatuses().stream().sorted().toList());
        strings(g, "extra", status.extraStatuses().stream().sorted().toList());
        strings(g, "unchecked", status.uncheckedStatuses().stream().sorted().toList());
        if (!status.ownOutline().isEmpty()) {
            g.writeObjectFieldStart("ownOutlineWhen");
            for (var e : status.ownOutline().entrySet()) {
                strings(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("boilerplate");
        g.writeNumberField("count", schema.boilerplate().lines().size());
        strings(g, "lines", schema.boilerplate().lines().stream().sorted().toList());
        strings(g, "comments", schema.boilerplate().comments().stream().sorted().toList());
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
        if (!s.required()) {
            g.writeStringField("optionalBecause", s.optionalBecause());
        }
        if (!s.requiredIn().isEmpty()) {
            strings(g, "requiredIn", s.requiredIn().stream().sorted().toList());
        }
        if (!s.since().always()) {
            g.writeStringField("requiredSince", s.since().text());
        }
        if (!s.aliases().isEmpty()) {
            strings(g, "aliases", s.aliases());
        }
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
