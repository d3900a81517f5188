package dev.speclint.core.config;

import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads {@code spec-lint.yaml}. YAML is read safely: snakeyaml-engine builds no Java types from tags,
 * anchors and aliases are capped ({@value #MAX_ALIASES} aliases of collections, a few thousand values
 * in all, so a "billion laughs" document is refused), and the file is at most {@value #MAX_CONFIG_BYTES}
 * bytes. Every problem names the file, the line and what to do.
 *
 * <pre>{@code
 * Optional<Path> file = ConfigLoader.discover(Path.of(""));      // nearest spec-lint.yaml upwards
 * LintConfig config = file.isPresent() ? ConfigLoader.load(file.get()) : LintConfig.defaults();
 * }</pre>
 */
public final class ConfigLoader {

    /** The names {@link #discover} looks for, in each directory in this order. */
    public static final List<String> FILE_NAMES = List.of("spec-lint.yaml", ".spec-lint.yaml");
    /** Aliases of lists and mappings one config may hold. */
    public static final int MAX_ALIASES = 50;
    /** A config larger than this (1 MiB) is refused. */
    public static final int MAX_CONFIG_BYTES = 1024 * 1024;

    /** The top-level keys of {@code spec-lint.yaml}. */
    public static final Set<String> KEYS = ConfigReader.KEYS;
    /** The keys of a {@code profiles:} entry. */
    public static final Set<String> PROFILE_ENTRY_KEYS = ConfigReader.PROFILE_ENTRY_KEYS;
    /** The keys of a rule's mapping under {@code rules:} that are not options of the rule. */
    public static final Set<String> RULE_KEYS = ConfigReader.RULE_KEYS;
    /** The values a rule may be set to under {@code rules:} besides a mapping. */
    public static final List<String> RULE_LEVELS = ConfigReader.RULE_LEVELS;

    private ConfigLoader() {
    }

    /**
     * The nearest config file: {@code spec-lint.yaml} (else {@code .spec-lint.yaml}) in
     * {@code startDir} or the closest of its parent directories that has one.
     *
     * @param startDir the directory looked in first; relative paths resolve against the working
     *     directory
     * @return the file found, or empty when no directory up to the file system root has one
     */
    public static Optional<Path> discover(Path startDir) {
        return discover(startDir, null);
    }

    /**
     * The nearest config file in {@code startDir} or a parent of it, looking no higher than
     * {@code ceiling} (a build's root directory, so that nothing outside the build is picked up). When
     * {@code startDir} is not inside {@code ceiling}, only {@code startDir} is looked in.
     *
     * @param startDir the directory looked in first
     * @param ceiling the highest directory looked in, or null for none
     * @return the file found, or empty when none of the directories looked in has one
     */
    public static Optional<Path> discover(Path startDir, Path ceiling) {
        Path top = ceiling == null ? null : ceiling.toAbsolutePath().normalize();
        Path dir = startDir.toAbsolutePath().normalize();
        while (dir != null) {
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (top != null && (dir.equals(top) || !dir.startsWith(top))) {
                break;
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * Loads a config file. Relative template paths in it resolve against its directory.
     *
     * @param file the config file, at most {@link #MAX_CONFIG_BYTES} bytes
     * @return the config, with its source set to {@code file}
     * @throws ConfigException naming the file, the line and the problem
     */
    public static LintConfig load(Path file) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                throw tooLarge(file.toString());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file: " + e, e);
        }
        return read(bytes, ConfigSource.ofFile(file));
    }

    /**
     * Loads a config read from somewhere other than a file of its own (the Maven plugin reads one from a
     * jar), decoded and checked as a file is.
     *
     * @param bytes the config file's content, at most {@link #MAX_CONFIG_BYTES} bytes
     * @param name how messages name it, e.g. {@code classpath:config/spec-lint.yaml}
     * @param directory where relative template paths and {@code profiles:} globs in it resolve
     * @return the config
     * @throws ConfigException naming {@code name}, the line and the problem
     */
    public static LintConfig load(byte[] bytes, String name, Path directory) throws ConfigException {
        return read(bytes, new ConfigSource(Optional.of(name), Optional.of(directory), Map.of(), Map.of()));
    }

    private static LintConfig read(byte[] bytes, ConfigSource source) throws ConfigException {
        String name = source.name().orElseThrow();
        if (bytes.length > MAX_CONFIG_BYTES) {
            throw tooLarge(name);
        }
        String text;
        try {
            text = SourceText.decode(bytes).text();
        } catch (InvalidEncodingException e) {
            throw new ConfigException(name + ":" + e.line() + ": " + e.getMessage(), e);
        }
        return parse(text, source);
    }

    private static ConfigException tooLarge(String name) {
        return new ConfigException(name + ": config file is over " + MAX_CONFIG_BYTES + " bytes: a spec-lint "
                + "config is a few lines; check that this is the right file");
    }

    /**
     * Reads config YAML held in memory.
     *
     * @param yaml the config text, at most {@link #MAX_CONFIG_BYTES} characters
     * @param file the file it came from (need not exist): named in messages, and its directory is where
     *     relative template paths resolve
     * @return the config, with its source set to {@code file}
     * @throws ConfigException naming the file, the line and the problem
     */
    public static LintConfig parse(String yaml, Path file) throws ConfigException {
        return parse(yaml, ConfigSource.ofFile(file));
    }

    private static LintConfig parse(String yaml, ConfigSource source) throws ConfigException {
        String name = source.name().orElseThrow();
        if (yaml.length() > MAX_CONFIG_BYTES) {
            throw new ConfigException(name + ": config is over " + MAX_CONFIG_BYTES + " characters");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_CONFIG_BYTES)
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            throw new ConfigException(name + ":" + line + ": " + yamlProblem(e), e);
        } catch (YamlEngineException e) {
            throw new ConfigException(name + ": " + yamlProblem(e), e);
        } catch (IllegalArgumentException e) {
            // snakeyaml-engine checks some values (a tag with blanks: `!- x`) with unchecked exceptions of its own
            throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root.isEmpty()) {
            return withSource(LintConfig.defaults(), source);
        }
        return new ConfigReader(source).read(root.get());
    }

    private static String yamlProblem(YamlEngineException e) {
        String problem = e instanceof MarkedYamlEngineException m && m.getProblem() != null ? m.getProblem()
                : e.getMessage();
        if (problem != null && problem.contains("aliases for non-scalar nodes")) {
            return "too many YAML aliases (over " + MAX_ALIASES + "): a spec-lint config needs few or none";
        }
        String context = e instanceof MarkedYamlEngineException m && m.getContext() != null ? m.getContext() + ", " : "";
        return "not valid YAML: " + context + problem;
    }

    /** {@code c} as read from {@code source}. */
    private static LintConfig withSource(LintConfig c, ConfigSource source) {
        return new LintConfig(c.profile(), c.profiles(), c.rules(), c.files(), c.template(), c.statuses(),
                c.pluginPath(), source);
    }
}
