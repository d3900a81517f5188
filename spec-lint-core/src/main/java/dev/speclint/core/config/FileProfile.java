package dev.speclint.core.config;

import java.util.List;

/**
 * A {@code profiles:} entry of {@code spec-lint.yaml}: files matching one of {@code files} are linted
 * against {@code profile} instead of the config's default profile (e.g. {@code adr/**} against an ADR
 * template).
 *
 * @param files globs, matched against a file's path relative to the config file's directory (or to
 *     the run's base directory when the config has no file); {@code **}{@code /} also matches the top
 * @param profile a built-in profile's name or a template path (relative to the config file's directory)
 */
public record FileProfile(List<String> files, String profile) {

    public FileProfile {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a profiles entry needs at least one files glob");
        }
    }
}
