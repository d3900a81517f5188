package dev.speclint.core.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a run, from {@code spec-lint.yaml}, the Maven plugin or the command line.
 *
 * @param profile the profile: a built-in profile's name or a template file's path
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
        long maxFileBytes) {

    /** The built-in profile's name. */
    public static final String DEFAULT_PROFILE = "technical-spec";
    /** Files larger than this (10 MiB) are not linted by default. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public LintConfig {
        rules = Map.copyOf(rules);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        optionalSections = Set.copyOf(optionalSections);
        placeholderPatterns = List.copyOf(placeholderPatterns);
        finalStatuses = Set.copyOf(finalStatuses);
        extraStatuses = Set.copyOf(extraStatuses);
    }

    /** The defaults: built-in profile, every rule on, {@code **}{@code /*.md}, final status Approved. */
    public static LintConfig defaults() {
        return new LintConfig(DEFAULT_PROFILE, Map.of(), List.of("**/*.md"), List.of(), Set.of(), List.of(),
                Set.of("Approved"), Set.of(), DEFAULT_MAX_FILE_BYTES);
    }

    /** The settings of {@code ruleId}. */
    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    /** A copy with another profile. */
    public LintConfig withProfile(String newProfile) {
        return new LintConfig(newProfile, rules, includes, excludes, optionalSections, placeholderPatterns,
                finalStatuses, extraStatuses, maxFileBytes);
    }

    /** A copy with other include and exclude globs. */
    public LintConfig withFiles(List<String> newIncludes, List<String> newExcludes) {
        return new LintConfig(profile, rules, newIncludes, newExcludes, optionalSections, placeholderPatterns,
                finalStatuses, extraStatuses, maxFileBytes);
    }
}
