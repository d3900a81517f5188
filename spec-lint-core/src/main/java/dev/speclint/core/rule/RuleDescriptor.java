package dev.speclint.core.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of any run.
 *
 * @param id stable kebab-case id used in configs, suppressions and reports
 * @param summary one line saying what the rule checks
 * @param defaultSeverity severity when the config says nothing
 * @param docPath path of the rule's doc page relative to the project's {@code rules/docs/}
 *     folder, e.g. {@code required-section.md}, or a full URL for third-party rules
 */
public record RuleDescriptor(String id, String summary, Severity defaultSeverity, String docPath) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case (e.g. required-section)");
        }
        if (docPath == null || docPath.isBlank()) {
            docPath = id + ".md";
        }
    }

    /** A descriptor whose doc page is {@code <id>.md}. */
    public static RuleDescriptor of(String id, String summary, Severity defaultSeverity) {
        return new RuleDescriptor(id, summary, defaultSeverity, id + ".md");
    }

    /** The doc page's address: {@code docPath} when it is a URL, else under {@code docsBase}. */
    public String docUrl(String docsBase) {
        if (docPath.startsWith("http://") || docPath.startsWith("https://")) {
            return docPath;
        }
        return docsBase.endsWith("/") ? docsBase + docPath : docsBase + "/" + docPath;
    }
}
