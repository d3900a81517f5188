package dev.speclint.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * A mechanical repair a rule offers for one {@link Violation}: what it does, in words a quick-fix
 * menu can show, and the edits that do it. Rules attach a fix only where no knowledge of the
 * author's is needed (a missing heading, a template line, a heading level), never to fill in
 * content.
 *
 * @param description imperative, for a menu: "Insert section 'Security'"
 * @param edits non-overlapping edits, in any order
 */
public record Fix(String description, List<TextEdit> edits) {

    /**
     * Checks the fix and copies its edits.
     *
     * @param description imperative, for a menu; not null
     * @param edits non-overlapping edits, in any order; at least one
     * @throws IllegalArgumentException when {@code edits} is empty
     */
    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    /**
     * A fix of one edit.
     *
     * @param description imperative, for a menu: "Insert section 'Security'"
     * @param edit the only edit
     * @return the fix
     */
    public static Fix of(String description, TextEdit edit) {
        return new Fix(description, List.of(edit));
    }
}
