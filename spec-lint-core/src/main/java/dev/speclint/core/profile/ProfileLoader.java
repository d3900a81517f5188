package dev.speclint.core.profile;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.TemplateSettings;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.template.PlaceholderSyntax;
import dev.speclint.core.template.Since;
import dev.speclint.core.template.TemplateCompiler;
import dev.speclint.core.template.TemplateOptions;
import dev.speclint.core.template.TemplateSchema;
import dev.speclint.core.util.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/** Resolves a config's profile (a built-in name or a template path) and compiles its template. */
public final class ProfileLoader {

    private final Map<String, BuiltInProfile> builtIns;
    private final SpecParser parser;
    private final CompiledTemplates templates;
    private final Consumer<String> compiled;

    /**
     * A loader that compiles every template it loads.
     *
     * @param loader where {@link ProfileProvider}s are found
     * @param parser parses the templates
     */
    public ProfileLoader(ClassLoader loader, SpecParser parser) {
        this(loader, parser, CompiledTemplates.none(), message -> {
        });
    }

    /**
     * A loader that takes compiled templates from {@code templates} when their bytes and the
     * config values that shape compilation are unchanged, and tells {@code compiled} of each template
     * it does compile (name and milliseconds).
     *
     * @param loader where {@link ProfileProvider}s are found
     * @param parser parses the templates
     * @param templates compiled templates kept between loaders; {@link CompiledTemplates#none()} for none
     * @param compiled receives one line per template compiled
     */
    public ProfileLoader(ClassLoader loader, SpecParser parser, CompiledTemplates templates,
            Consumer<String> compiled) {
        this.templates = java.util.Objects.requireNonNull(templates);
        this.compiled = java.util.Objects.requireNonNull(compiled);
        Map<String, BuiltInProfile> found = new LinkedHashMap<>();
        for (ProfileProvider provider : ServiceLoader.load(ProfileProvider.class, loader)) {
            for (BuiltInProfile p : provider.profiles()) {
                found.putIfAbsent(p.name(), p);
            }
        }
        this.builtIns = Map.copyOf(found);
        this.parser = parser;
    }

    /** The built-in profiles, by name. */
    public Map<String, BuiltInProfile> builtIns() {
        return builtIns;
    }

    public Optional<BuiltInProfile> builtIn(String name) {
        return Optional.ofNullable(builtIns.get(name));
    }

    /**
     * Loads {@code config}'s default profile. A relative template path resolves against {@code baseDir}.
     *
     * @throws ConfigException when the name is no built-in profile and no readable Markdown file
     */
    public Profile load(LintConfig config, Path baseDir) throws ConfigException {
        return load(config.profile(), config, baseDir);
    }

    /**
     * Loads the profile {@code name} (a built-in name or a template path, relative ones resolved
     * against {@code baseDir}) with {@code config}'s settings. A problem names the config file and
     * line that gave {@code name}, when there is one.
     *
     * @throws ConfigException when the name is no built-in profile and no readable Markdown file
     */
    public Profile load(String name, LintConfig config, Path baseDir) throws ConfigException {
        try {
            return compile(name, config, baseDir);
        } catch (ConfigException e) {
            throw new ConfigException(config.source().whereProfile(name) + e.getMessage(), e);
        }
    }

    /** The config's {@code requiredSince} points; ConfigReader has checked that each one parses. */
    private static Map<String, Since> requiredSince(TemplateSettings template) {
        Map<String, Since> out = new LinkedHashMap<>();
        template.requiredSince().forEach((name, text) -> out.put(name, Since.parse(text)));
        return out;
    }

    private Profile compile(String name, LintConfig config, Path baseDir) throws ConfigException {
        PlaceholderSyntax syntax;
        try {
            syntax = PlaceholderSyntax.withPatterns(config.template().placeholderPatterns());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        TemplateSettings settings = config.template();
        TemplateCompiler compiler = new TemplateCompiler(new TemplateOptions(syntax, settings.optionalSections(),
                settings.sectionAliases(), settings.requiredIn(), requiredSince(settings),
                settings.requiredSections()));
        BuiltInProfile builtIn = builtIns.get(name);
        if (builtIn != null) {
            byte[] bytes = CompiledTemplates.utf8(builtIn.templateText());
            TemplateSchema schema = templates.schema(name, "built-in " + name, bytes, config, () -> timed(name,
                    () -> compiler.compile(name, parser.parse(name, builtIn.templateText()))));
            return Profile.of(name, schema, config, builtIn.ruleOptions());
        }
        Path path = baseDir.resolve(name).normalize();
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("profile '" + name + "'" + Suggestions.didYouMean(name, builtIns.keySet())
                    + " is neither a built-in profile (" + String.join(", ",
                    builtIns.keySet()) + ") nor a template file: " + path + " does not exist");
        }
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt"))) {
            throw new ConfigException("template " + path + " is not a Markdown file (.md or .markdown)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ConfigException("cannot read template " + path + ": " + e.getMessage(), e);
        }
        TemplateSchema schema = templates.schema(name, path.toAbsolutePath().toString(), bytes, config,
                () -> timed(path.toString(), () -> compileFile(name, path, bytes, compiler)));
        return Profile.of(name, schema, config, Map.of());
    }

    private TemplateSchema compileFile(String name, Path path, byte[] bytes, TemplateCompiler compiler)
            throws ConfigException {
        try {
            SpecDocument template = parser.parse(path.toString(), bytes);
            TemplateSchema schema = compiler.compile(name, template);
            if (schema.sections().isEmpty()) {
                throw new ConfigException("template " + path + " has no headings: a template needs at least one "
                        + "heading to describe a spec's sections");
            }
            return schema;
        } catch (InvalidEncodingException e) {
            throw new ConfigException("template " + path + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code compilation} and tells {@link #compiled} what it compiled and how long it took. */
    private TemplateSchema timed(String what, CompiledTemplates.Compilation compilation) throws ConfigException {
        long start = System.nanoTime();
        TemplateSchema schema = compilation.compile();
        compiled.accept("template " + what + " compiled in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return schema;
    }
}
