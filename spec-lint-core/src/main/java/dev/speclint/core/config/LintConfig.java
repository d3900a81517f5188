package dev.speclint.core.config;

import dev.speclint.core.rule.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a run, from {@code spec-lint.yaml} (see {@link ConfigLoader}), the Maven plugin or the
 * command line.
 *
 * @param profile the default profile: a built-in profile's name or a template file's path (relative
 *     paths resolve against the config file's directory, or the run's base directory without a file)
 * @param rules per-rule settings by rule id; a rule not named runs with its defaults
 * @param includes globs of files to lint under a directory (default {@code **}{@code /*.md})
 * @param excludes globs of files to skip
 * @param optionalSections titles of sections that need not be present even though the template has
 *     them (compared by key)
 * @param placeholderPatterns extra placeholder patterns (regular expressions) beyond the template's
 *     bracket syntax, e.g. {@code TBD} or {@code \(fill me in[^)]*\)}
 * @param finalStatuses statuses that mean "finished": checklists must be complete, placeholders gone
 * @param extraStatuses statuses allowed beside those the template lists
 * @param maxFileBytes files larger than this are reported as {@code file-too-large}, not parsed
 * @param profiles per-file profiles: the first entry whose glob matches a file gives its profile,
 *     else {@link #profile()}
 * @param severityByStatus by value of a document's {@code Status} metadata field (compared by key,
 *     {@code Draft} matches {@code **Draft** (v2)}), the severity of rules in that document; it wins
 *     over {@link #rules()}' severity
 * @param hints what the template cannot say: section aliases, status conditions, the status field
 * @param pluginPath rule jars, class folders or folders of jars (absolute paths) whose rules and
 *     profiles join the run's, from the config's {@code pluginPath:}; empty for none
 * @param source where the config came from, for messages
 */
public record LintConfig(
        String profile,
        Map<String, RuleSettings> rules,
        List<String> includes,
        List<String> excludes,
        Set<String> optionalSections,
        List<String> placeholderPatterns,
        Set<String> finalStatuses,
        Set<String> extraStatuses,
        long maxFileBytes,
        List<FileProfile> profiles,
        Map<String, Map<String, Severity>> severityByStatus,
        SchemaHints hints,
        List<Path> pluginPath,
        ConfigSource source) {

    /** The built-in profile's name. */
    public static final String DEFAULT_PROFILE = "technical-spec";
    /** Files larger than this (10 MiB) are not linted by default. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    /**
     * Copies the collections, the inner maps of {@code severityByStatus} included.
     *
     * @param profile the default profile: a built-in profile's name or a template file's path
     * @param rules per-rule settings by rule id; a rule not named runs with its defaults
     * @param includes globs of files to lint under a directory
     * @param excludes globs of files to skip; empty to skip none
     * @param optionalSections titles of sections that need not be present (compared by key)
     * @param placeholderPatterns extra placeholder patterns (regular expressions); empty for the
     *     template's syntax alone
     * @param finalStatuses statuses that mean "finished"
     * @param extraStatuses statuses allowed beside those the template lists
     * @param maxFileBytes the size in bytes above which a file is reported, not parsed
     * @param profiles per-file profiles, first match wins; empty: {@code profile} for every file
     * @param severityByStatus status to rule id to severity; empty for none
     * @param hints what the template cannot say; {@link SchemaHints#NONE} for nothing
     * @param pluginPath absolute paths of rule jars, class folders or folders of jars; empty for none
     * @param source where the config came from; {@link ConfigSource#NONE} when from no file
     */
    public LintConfig {
        rules = Map.copyOf(rules);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        optionalSections = Set.copyOf(optionalSections);
        placeholderPatterns = List.copyOf(placeholderPatterns);
        finalStatuses = Set.copyOf(finalStatuses);
        extraStatuses = Set.copyOf(extraStatuses);
        profiles = List.copyOf(profiles);
        pluginPath = List.copyOf(pluginPath);
        Map<String, Map<String, Severity>> byStatus = new LinkedHashMap<>();
        severityByStatus.forEach((status, severities) -> byStatus.put(status, Map.copyOf(severities)));
        severityByStatus = Map.copyOf(byStatus);
    }

    /**
     * A config without per-file profiles, status severities or source file.
     *
     * @param profile the default profile: a built-in profile's name or a template file's path
     * @param rules per-rule settings by rule id; a rule not named runs with its defaults
     * @param includes globs of files to lint under a directory
     * @param excludes globs of files to skip; empty to skip none
     * @param optionalSections titles of sections that need not be present (compared by key)
     * @param placeholderPatterns extra placeholder patterns (regular expressions)
     * @param finalStatuses statuses that mean "finished"
     * @param extraStatuses statuses allowed beside those the template lists
     * @param maxFileBytes the size in bytes above which a file is reported, not parsed
     */
    public LintConfig(String profile, Map<String, RuleSettings> rules, List<String> includes, List<String> excludes,
            Set<String> optionalSections, List<String> placeholderPatterns, Set<String> finalStatuses,
            Set<String> extraStatuses, long maxFileBytes) {
        this(profile, rules, includes, excludes, optionalSections, placeholderPatterns, finalStatuses, extraStatuses,
                maxFileBytes, List.of(), Map.of(), SchemaHints.NONE, List.of(), ConfigSource.NONE);
    }

    /**
     * The defaults: built-in profile, every rule on, {@code **}{@code /*.md}, final status Approved.
     *
     * @return the config a run without {@code spec-lint.yaml} uses
     */
    public static LintConfig defaults() {
        return new LintConfig(DEFAULT_PROFILE, Map.of(), List.of("**/*.md"), List.of(), Set.of(), List.of(),
                Set.of("Approved"), Set.of(), DEFAULT_MAX_FILE_BYTES);
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
        return new LintConfig(newProfile, rules, includes, excludes, optionalSections, placeholderPatterns,
                finalStatuses, extraStatuses, maxFileBytes, profiles, severityByStatus, hints, pluginPath, source);
    }

    /**
     * A copy with one profile for every file: the default replaced, per-file {@link #profiles()} dropped.
     *
     * @param newProfile a built-in profile's name or a template file's path
     * @return the copy
     */
    public LintConfig withOnlyProfile(String newProfile) {
        return new LintConfig(newProfile, rules, includes, excludes, optionalSections, placeholderPatterns,
                finalStatuses, extraStatuses, maxFileBytes, List.of(), severityByStatus, hints, pluginPath, source);
    }

    /**
     * A copy with other include and exclude globs.
     *
     * @param newIncludes globs of files to lint under a directory
     * @param newExcludes globs of files to skip; empty to skip none
     * @return the copy
     */
    public LintConfig withFiles(List<String> newIncludes, List<String> newExcludes) {
        return new LintConfig(profile, rules, newIncludes, newExcludes, optionalSections, placeholderPatterns,
                finalStatuses, extraStatuses, maxFileBytes, profiles, severityByStatus, hints, pluginPath, source);
    }
}
