package dev.speclint.core.rule;

import java.util.Comparator;

/**
 * One finding.
 *
 * @param file the file's display path (forward slashes)
 * @param line 1-based line
 * @param column 1-based column (UTF-16 code units)
 * @param rule the reporting rule's id
 * @param severity the effective severity after config
 * @param message what is wrong and, where it helps, what to do
 * @param fix the mechanical repair the rule offers, or {@code null} when it offers none
 */
public record Violation(String file, int line, int column, String rule, Severity severity, String message,
        Fix fix) {

    /**
     * A finding with no fix.
     *
     * @param file the file's display path (forward slashes)
     * @param line 1-based line
     * @param column 1-based column (UTF-16 code units)
     * @param rule the reporting rule's id
     * @param severity the effective severity after config
     * @param message what is wrong and, where it helps, what to do
     */
    public Violation(String file, int line, int column, String rule, Severity severity, String message) {
        this(file, line, column, rule, severity, message, null);
    }

    /**
     * Whether the rule offered a fix.
     *
     * @return true when {@link #fix()} is not null
     */
    public boolean hasFix() {
        return fix != null;
    }

    /** Report order: file, line, column, rule, then message. */
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::file)
            .thenComparingInt(Violation::line)
            .thenComparingInt(Violation::column)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    /**
     * A copy with another severity.
     *
     * @param newSeverity the severity of the copy
     * @return a finding equal to this one but for its severity
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(file, line, column, rule, newSeverity, message, fix);
    }
}
