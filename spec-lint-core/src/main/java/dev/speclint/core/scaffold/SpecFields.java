package dev.speclint.core.scaffold;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code spec-lint new} and {@code spec-lint:new} fill into a template.
 *
 * @param specId e.g. {@code SPEC-PAY-3}
 * @param title the spec's title, also its first heading
 * @param created the creation date, written {@code yyyy-MM-dd}
 * @param status the initial status, e.g. {@code Draft}; empty to take the first one the template lists
 * @param author the author, when given; otherwise the template's line is left as it is
 * @param version e.g. {@code 1.0}
 */
public record SpecFields(String specId, String title, LocalDate created, Optional<String> status, Optional<String> author,
        String version) {

    public SpecFields {
        Objects.requireNonNull(specId, "specId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(version, "version");
    }
}
