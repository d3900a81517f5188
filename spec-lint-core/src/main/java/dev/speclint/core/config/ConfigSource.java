package dev.speclint.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a config came from, so that problems found after loading (an unknown rule id, a profile that
 * does not exist) can name the file and line.
 *
 * @param file the config file, empty for a config built in code or from command-line options
 * @param ruleLines the line of the first mention of each rule id (under {@code rules:} or
 *     {@code severityByStatus:})
 * @param profileLines the line of each profile name or template path the config names
 */
public record ConfigSource(Optional<Path> file, Map<String, Integer> ruleLines, Map<String, Integer> profileLines) {

    /** No file: a config built in code. */
    public static final ConfigSource NONE = new ConfigSource(Optional.empty(), Map.of(), Map.of());

    public ConfigSource {
        ruleLines = Map.copyOf(ruleLines);
        profileLines = Map.copyOf(profileLines);
    }

    /** The directory relative template paths and {@code profiles:} globs resolve against, if from a file. */
    public Optional<Path> directory() {
        return file.map(f -> f.toAbsolutePath().normalize().getParent());
    }

    /** {@code "file:line: "} for a rule id the config names, else {@code ""}. */
    public String whereRule(String ruleId) {
        return where(ruleLines.get(ruleId));
    }

    /** {@code "file:line: "} for a profile the config names, else {@code ""}. */
    public String whereProfile(String profile) {
        return where(profileLines.get(profile));
    }

    private String where(Integer line) {
        if (file.isEmpty() || line == null) {
            return "";
        }
        return file.get() + ":" + line + ": ";
    }
}
