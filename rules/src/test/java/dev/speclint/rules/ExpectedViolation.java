package dev.speclint.rules;

import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a fixture's {@code .expected} file: {@code LINE:COLUMN rule-id}, optionally followed by
 * a fragment the violation's message must contain, taken literally from after the rule id to the end
 * of the line ({@code 9:1 empty-section 'Goals'} asks for a message containing {@code 'Goals'},
 * quotes included, as the rules quote the names they report). {@code " ... "} between two fragments
 * stands for any text: {@code 'Pros' ... before 'Cons'} asks for both, in that order.
 *
 * @param file the {@code .expected} file, for messages
 * @param sourceLine the 1-based line of {@code file} this came from
 * @param line the violation's expected line
 * @param column the violation's expected column
 * @param rule the violation's expected rule id
 * @param fragment text the message must contain, as written; empty for "any message"
 */
record ExpectedViolation(Path file, int sourceLine, int line, int column, String rule, String fragment) {

    /** Stands for any text between two fragments. */
    static final String GAP = " ... ";

    private static final Pattern SYNTAX = Pattern.compile("([1-9]\\d*):([1-9]\\d*)\\s+([a-z][a-z0-9-]*)(?:\\s+(.*))?");

    /**
     * Parses one non-blank, non-comment line.
     *
     * @throws IllegalArgumentException naming {@code file:sourceLine} when the line is not of the syntax
     */
    static ExpectedViolation parse(Path file, int sourceLine, String text) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(file + ":" + sourceLine + ": cannot read expected violation \""
                    + text.strip() + "\"; write LINE:COLUMN rule-id, optionally followed by a fragment of the"
                    + " message (9:1 empty-section 'Goals')");
        }
        String fragment = m.group(4) == null ? "" : m.group(4).strip();
        return new ExpectedViolation(file, sourceLine, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3), fragment);
    }

    /** {@code LINE:COLUMN rule-id}, the part compared with every violation's position. */
    String where() {
        return where(line, column, rule);
    }

    /** The same key for an actual violation. */
    static String where(Violation v) {
        return where(v.line(), v.column(), v.rule());
    }

    private static String where(int line, int column, String rule) {
        return line + ":" + column + " " + rule;
    }

    /** Whether {@code message} contains the fragments in order (always, when there is none). */
    boolean accepts(String message) {
        int from = 0;
        for (String part : fragment.split(Pattern.quote(GAP))) {
            int at = message.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    /** {@code file:line}, where to fix this expectation. */
    String source() {
        return file + ":" + sourceLine;
    }
}
