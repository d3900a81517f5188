package dev.speclint.core.engine;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What linting one file gave.
 *
 * @param displayPath the file's display path
 * @param document the parsed document, empty when the file could not be read or decoded
 * @param violations the file's violations from per-file rules and the engine, suppressions applied
 * @param suppressions the document's inline suppressions, null when there is no document
 * @param profile the profile the file was linted against
 * @param cached whether the violations come from the incremental cache (the file was not linted again)
 */
record FileOutcome(String displayPath, Optional<SpecDocument> document, List<Violation> violations,
        Suppressions suppressions, Profile profile, boolean cached) {

    /** The outcome of a file linted in this run. */
    FileOutcome(String displayPath, Optional<SpecDocument> document, List<Violation> violations,
            Suppressions suppressions, Profile profile) {
        this(displayPath, document, violations, suppressions, profile, false);
    }
}
