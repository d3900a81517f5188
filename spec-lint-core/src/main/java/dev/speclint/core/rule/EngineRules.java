package dev.speclint.core.rule;

import java.util.List;

/** Ids the engine itself reports under: problems with a file rather than with its content. */
public final class EngineRules {

    /** A file could not be read (missing, unreadable, a directory, a broken link). */
    public static final RuleDescriptor READ_ERROR = RuleDescriptor.of("read-error",
            "A file could not be read", Severity.ERROR);
    /** A file is not valid UTF-8. */
    public static final RuleDescriptor INVALID_ENCODING = RuleDescriptor.of("invalid-encoding",
            "A file is not valid UTF-8", Severity.ERROR);
    /** A file is larger than the configured limit. */
    public static final RuleDescriptor FILE_TOO_LARGE = RuleDescriptor.of("file-too-large",
            "A file is larger than the configured size limit", Severity.ERROR);
    /** A rule failed on a file; the message names the rule. */
    public static final RuleDescriptor INTERNAL_ERROR = RuleDescriptor.of("internal-error",
            "A rule failed on a file (a bug in that rule)", Severity.ERROR);

    /** An inline suppression comment names a rule id, or uses a directive, that spec-lint does not know. */
    public static final RuleDescriptor UNKNOWN_SUPPRESSION = RuleDescriptor.of("unknown-suppression",
            "An inline suppression names an unknown rule or directive", Severity.WARNING);

    /** Every engine id. */
    public static final List<RuleDescriptor> ALL = List.of(READ_ERROR, INVALID_ENCODING, FILE_TOO_LARGE, INTERNAL_ERROR,
            UNKNOWN_SUPPRESSION);

    private EngineRules() {
    }
}
