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

    /**
     * Checks the descriptor; a null or blank {@code docPath} becomes {@code <id>.md}.
     *
     * @param id stable kebab-case id ({@code required-section}); not null
     * @param summary one line saying what the rule checks; not null
     * @param defaultSeverity severity when the config says nothing; not null
     * @param docPath the doc page relative to {@code rules/docs/}, or a full URL; null or blank for
     *     {@code <id>.md}
     * @throws IllegalArgumentException when {@code id} is not kebab-case
     */
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

    /**
     * A descriptor whose doc page is {@code <id>.md}.
     *
     * @param id stable kebab-case id
     * @param summary one line saying what the rule checks
     * @param defaultSeverity severity when the config says nothing
     * @return the descriptor
     */
    public static RuleDescriptor of(String id, String summary, Severity defaultSeverity) {
        return new RuleDescriptor(id, summary, defaultSeverity, id + ".md");
    }

    /**
     * The doc page's address: {@code docPath} when it is a URL, else under {@code docsBase}.
     *
     * @param docsBase the address of the {@code rules/docs/} folder, with or without a trailing
     *     slash
     * @return the page's full address
     */
    public String docUrl(String docsBase) {
        if (docPath.startsWith("http://") || docPath.startsWith("https://")) {
            return docPath;
        }
        return docsBase.endsWith("/") ? docsBase + docPath : docsBase + "/" + docPath;
    }
}
