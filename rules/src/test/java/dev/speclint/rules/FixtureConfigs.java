package dev.speclint.rules;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.RuleSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The config a fixture runs with: the defaults, or its template, plus its optional
 * {@code <case>.options} file (until the YAML loader lands). One {@code key = value} per line,
 * {@code #} comments: {@code extraStatuses}, {@code finalStatuses} and {@code placeholderPatterns}
 * set the config (comma-separated); any other key is an option of the fixture's rule: {@code true} or
 * {@code false} a boolean, {@code [a, b]} a list, {@code map.key} an entry of the map option
 * {@code map}, else a string.
 */
final class FixtureConfigs {

    private FixtureConfigs() {
    }

    static LintConfig load(Fixture fixture) {
        LintConfig config = LintConfig.defaults();
        if (fixture.template().isPresent()) {
            config = config.withProfile(fixture.template().get().toAbsolutePath().toString());
        }
        Optional<Path> options = options(fixture);
        return options.isPresent() ? withOptions(config, fixture.ruleId(), options.get()) : config;
    }

    static Optional<Path> options(Fixture fixture) {
        Path p = fixture.markdown().resolveSibling(fixture.caseName() + ".options");
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    private static LintConfig withOptions(LintConfig base, String ruleId, Path file) {
        Map<String, Object> options = new LinkedHashMap<>();
        Set<String> extraStatuses = new LinkedHashSet<>(base.extraStatuses());
        Set<String> finalStatuses = new LinkedHashSet<>(base.finalStatuses());
        List<String> placeholderPatterns = base.placeholderPatterns();
        for (String raw : readLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(file + ": '" + line + "' is not 'key = value'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "extraStatuses" -> extraStatuses = new LinkedHashSet<>(list(value));
                case "finalStatuses" -> finalStatuses = new LinkedHashSet<>(list(value));
                case "placeholderPatterns" -> placeholderPatterns = list(value);
                default -> put(options, key, value);
            }
        }
        Map<String, RuleSettings> rules = new LinkedHashMap<>(base.rules());
        rules.put(ruleId, new RuleSettings(true, Optional.empty(), options));
        return new LintConfig(base.profile(), rules, base.includes(), base.excludes(), base.optionalSections(),
                placeholderPatterns, finalStatuses, extraStatuses, base.maxFileBytes());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> options, String key, String value) {
        int dot = key.indexOf('.');
        if (dot > 0) {
            Map<String, Object> map = (Map<String, Object>) options.computeIfAbsent(key.substring(0, dot),
                    k -> new LinkedHashMap<String, Object>());
            map.put(key.substring(dot + 1), value);
        } else if (value.equals("true") || value.equals("false")) {
            options.put(key, Boolean.parseBoolean(value));
        } else if (value.startsWith("[") && value.endsWith("]")) {
            String inner = value.substring(1, value.length() - 1).strip();
            options.put(key, inner.isEmpty() ? List.of() : list(inner));
        } else {
            options.put(key, value);
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
