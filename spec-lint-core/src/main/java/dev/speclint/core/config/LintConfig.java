package dev.speclint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Settings of a run, from {@code spec-lint.yaml} (see {@link ConfigLoader}), the Maven plugin or the
 * command line.
 *
 * @param profile the default profile: a built-in profile's name or a template file's path (relative
 *     paths resolve against the config file's directory, or the run's base directory without a file)
 * @param profiles per-file profiles: the first entry whose glob matches a file gives its profile,
 *     else {@link #profile()}
 * @param rules per-rule settings by rule id; a rule not named runs with its defaults
 * @param files which files are linted: include and exclude globs, the size limit
 * @param template what the config adds to the template: optional, aliased and conditional sections,
 *     placeholder patterns
 * @param statuses what statuses mean: the status field, final, extra, unchecked and complete
 *     statuses, severities by status
 * @param pluginPath rule jars, class folders or folders of jars (absolute paths) whose rules and
 *     profiles join the run's, from the config's {@code pluginPath:}; empty for none
 * @param source where the config came from, for messages
 */
public record LintConfig(
        String profile,
        List<FileProfile> profiles,
        Map<String, RuleSettings> rules,
        FileSelection files,
        TemplateSettings template,
        StatusSettings statuses,
        List<Path> pluginPath,
        ConfigSource source) {

    /** The built-in profile's name. */
    public static final String DEFAULT_PROFILE = "technical-spec";

    /**
     * Copies the collections.
     *
     * @param profile the default profile: a built-in profile's name or a template file's path
     * @param profiles per-file profiles, first match wins; empty: {@code profile} for every file
     * @param rules per-rule settings by rule id; a rule not named runs with its defaults
     * @param files which files are linted; {@link FileSelection#DEFAULT} for every {@code *.md} file
     * @param template what the config adds to the template; {@link TemplateSettings#NONE} for nothing
     * @param statuses what statuses mean; {@link StatusSettings#DEFAULT} for the defaults
     * @param pluginPath absolute paths of rule jars, class folders or folders of jars; empty for none
     * @param source where the config came from; {@link ConfigSource#NONE} when from no file
     */
    public LintConfig {
        profiles = List.copyOf(profiles);
        rules = Map.copyOf(rules);
        pluginPath = List.copyOf(pluginPath);
    }

    /**
     * The defaults: built-in profile, every rule on, {@code **}{@code /*.md}, final status Approved.
     *
     * @return the config a run without {@code spec-lint.yaml} uses
     */
    public static LintConfig defaults() {
        return new LintConfig(DEFAULT_PROFILE, List.of(), Map.of(), FileSelection.DEFAULT, TemplateSettings.NONE,
                StatusSettings.DEFAULT, List.of(), ConfigSource.NONE);
    }

    /**
     * The settings of {@code ruleId}.
     *
     * @param ruleId a rule's id
     * @return its settings, or {@link RuleSettings#DEFAULT} (enabled, default severity, no options)
     *     when the config does not name it
     */
    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    /**
     * A copy with another default profile (per-file {@link #profiles()} are kept).
     *
     * @param newProfile a built-in profile's name or a template file's path
     * @return the copy
     */
    public LintConfig withProfile(String newProfile) {
        return new LintConfig(newProfile, profiles, rules, files, template, statuses, pluginPath, source);
    }

    /**
     * A copy with one profile for every file: the default replaced, per-file {@link #profiles()} dropped.
     *
     * @param newProfile a built-in profile's name or a template file's path
     * @return the copy
     */
    public LintConfig withOnlyProfile(String newProfile) {
        return new LintConfig(newProfile, List.of(), rules, files, template, statuses, pluginPath, source);
    }

    /**
     * A copy with other per-rule settings.
     *
     * @param newRules per-rule settings by rule id; a rule not named runs with its defaults
     * @return the copy
     */
    public LintConfig withRules(Map<String, RuleSettings> newRules) {
        return new LintConfig(profile, profiles, newRules, files, template, statuses, pluginPath, source);
    }

    /**
     * A copy with other include and exclude globs (the size limit is kept).
     *
     * @param newIncludes globs of files to lint under a directory
     * @param newExcludes globs of files to skip; empty to skip none
     * @return the copy
     */
    public LintConfig withFiles(List<String> newIncludes, List<String> newExcludes) {
        return new LintConfig(profile, profiles, rules, new FileSelection(newIncludes, newExcludes,
                files.maxFileBytes()), template, statuses, pluginPath, source);
    }
}
