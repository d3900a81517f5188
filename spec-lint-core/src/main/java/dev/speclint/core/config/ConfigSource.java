package dev.speclint.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a config came from, so that problems found after loading (an unknown rule id, a profile that
 * does not exist) can name it and the line.
 *
 * @param name how messages name the config: its file's path, or what the caller calls text it read
 *     elsewhere (the Maven plugin says {@code classpath:<resource>}); empty for a config built in code
 *     or from command-line options
 * @param directory where relative template paths and {@code profiles:} globs resolve: a config file's
 *     directory; empty when they resolve against the run's base directory
 * @param ruleLines the line of the first mention of each rule id (under {@code rules:} or
 *     {@code severityByStatus:})
 * @param profileLines the line of each profile name or template path the config names
 */
public record ConfigSource(Optional<String> name, Optional<Path> directory, Map<String, Integer> ruleLines,
        Map<String, Integer> profileLines) {

    /** No file: a config built in code. */
    public static final ConfigSource NONE = new ConfigSource(Optional.empty(), Optional.empty(), Map.of(), Map.of());

    public ConfigSource {
        directory = directory.map(d -> d.toAbsolutePath().normalize());
        ruleLines = Map.copyOf(ruleLines);
        profileLines = Map.copyOf(profileLines);
    }

    /** A config read from {@code file}: named by its path, relative paths resolve against its directory. */
    public static ConfigSource ofFile(Path file) {
        return new ConfigSource(Optional.of(file.toString()), Optional.of(file.toAbsolutePath().normalize().getParent()),
                Map.of(), Map.of());
    }

    /** This source with the lines where rule ids and profiles are mentioned. */
    ConfigSource withLines(Map<String, Integer> newRuleLines, Map<String, Integer> newProfileLines) {
        return new ConfigSource(name, directory, newRuleLines, newProfileLines);
    }

    /** {@code "name:line: "} for a rule id the config names, else {@code ""}. */
    public String whereRule(String ruleId) {
        return where(ruleLines.get(ruleId));
    }

    /** {@code "name:line: "} for a profile the config names, else {@code ""}. */
    public String whereProfile(String profile) {
        return where(profileLines.get(profile));
    }

    private String where(Integer line) {
        if (name.isEmpty() || line == null) {
            return "";
        }
        return name.get() + ":" + line + ": ";
    }
}
