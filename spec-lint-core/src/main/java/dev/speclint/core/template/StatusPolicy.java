package dev.speclint.core.template;

import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.TitleKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What statuses mean for a run, in one place: where a spec's status is written, which statuses are
 * final (checklists must be complete), which are allowed beside the template's, and which mean the
 * spec is not checked for content at all (withdrawn, rejected, superseded).
 *
 * <p>Status values compare by key and prefix: {@code **Implemented (Swift 5.9)**} has status
 * {@code Implemented}, {@code Accepted with modifications} has status {@code Accepted}.
 *
 * @param field the metadata field holding the status (default {@code Status})
 * @param finalStatuses statuses that mean "finished"
 * @param extraStatuses statuses allowed beside those the template lists
 * @param uncheckedStatuses statuses whose specs are not checked for content
 * @param completeStatuses statuses in which a spec must have everything the template requires
 *     (sections, fields, checklists); empty: every status. A spec without a status is always held to it.
 * @param ownOutline by metadata field name, the values that mark a spec written in its own outline
 *     (config {@code ownOutlineWhen}: {@code Rust Issue: N/A} on a team-policy RFC, {@code Type: Process}):
 *     such a spec is held to none of the template's structure, whatever its status
 */
public record StatusPolicy(String field, Set<String> finalStatuses, Set<String> extraStatuses,
        Set<String> uncheckedStatuses, Set<String> completeStatuses, Map<String, List<String>> ownOutline) {

    /** The default status field. */
    public static final String DEFAULT_FIELD = "Status";

    /**
     * Copies the sets.
     *
     * @param field the metadata field holding the status
     * @param finalStatuses statuses that mean "finished"
     * @param extraStatuses statuses allowed beside those the template lists; empty for none
     * @param uncheckedStatuses statuses whose specs are not checked for content; empty for none
     * @param completeStatuses statuses in which a spec must have everything the template requires;
     *     empty: every status
     * @param ownOutline field name to the values that mark a spec of its own outline; empty for none
     */
    public StatusPolicy {
        finalStatuses = Set.copyOf(finalStatuses);
        extraStatuses = Set.copyOf(extraStatuses);
        uncheckedStatuses = Set.copyOf(uncheckedStatuses);
        completeStatuses = Set.copyOf(completeStatuses);
        ownOutline = Map.copyOf(ownOutline);
    }

    /**
     * The policy without fields that mark a spec of its own outline.
     *
     * @param field the metadata field holding the status
     * @param finalStatuses statuses that mean "finished"
     * @param extraStatuses statuses allowed beside those the template lists; empty for none
     * @param uncheckedStatuses statuses whose specs are not checked for content; empty for none
     * @param completeStatuses statuses in which a spec must have everything the template requires;
     *     empty: every status
     */
    public StatusPolicy(String field, Set<String> finalStatuses, Set<String> extraStatuses,
            Set<String> uncheckedStatuses, Set<String> completeStatuses) {
        this(field, finalStatuses, extraStatuses, uncheckedStatuses, completeStatuses, Map.of());
    }

    /**
     * Status field {@code Status}, final status {@code Approved}, nothing else.
     *
     * @return the policy of a run whose config says nothing about statuses
     */
    public static StatusPolicy defaults() {
        return new StatusPolicy(DEFAULT_FIELD, Set.of("Approved"), Set.of(), Set.of(), Set.of());
    }

    /**
     * The document's status field, if it has one.
     *
     * @param document the spec
     * @return the first metadata field named {@link #field()}, or empty
     */
    public Optional<MetadataField> statusField(SpecDocument document) {
        return document.metadataField(field);
    }

    /**
     * The document's status value without emphasis ({@code **Draft**} is {@code Draft}), if any.
     *
     * @param document the spec
     * @return the value as {@link #plain} gives it, or empty when there is no status field or its
     *     value is empty
     */
    public Optional<String> status(SpecDocument document) {
        return plainValue(document, field);
    }

    /**
     * Whether the document's status is one the config leaves unchecked.
     *
     * @param document the spec
     * @return true when its status names one of {@link #uncheckedStatuses()}; false without a status
     */
    public boolean unchecked(SpecDocument document) {
        return !uncheckedStatuses.isEmpty() && status(document).flatMap(s -> oneOf(s, uncheckedStatuses)).isPresent();
    }

    /**
     * Whether {@code document} must have a section, field or checklist the template asks for:
     * {@code templateRequired} says whether the template requires it, {@code requiredIn} the statuses
     * the config requires it in (when not empty, only those count).
     *
     * @param templateRequired whether the template requires the thing
     * @param requiredIn the statuses the config requires it in; empty when the config says nothing
     * @param document the spec
     * @return true when the spec must have it
     */
    public boolean requires(boolean templateRequired, Set<String> requiredIn, SpecDocument document) {
        if (ownOutline(document)) {
            return false;
        }
        if (!requiredIn.isEmpty()) {
            return status(document).flatMap(s -> oneOf(s, requiredIn)).isPresent();
        }
        if (!templateRequired) {
            return false;
        }
        Optional<String> s = status(document);
        return completeStatuses.isEmpty() || s.isEmpty() || oneOf(s.get(), completeStatuses).isPresent();
    }

    /**
     * {@link #requires(boolean, Set, SpecDocument)}, and the document was written after the template
     * gained the thing ({@code since}, config {@code requiredSince}).
     *
     * @param templateRequired whether the template requires the thing
     * @param requiredIn the statuses the config requires it in; empty when the config says nothing
     * @param since from when the template requires it; {@link Since#ALWAYS} for every spec
     * @param document the spec
     * @return true when the spec must have it
     */
    public boolean requires(boolean templateRequired, Set<String> requiredIn, Since since, SpecDocument document) {
        return since.covers(document) && requires(templateRequired, requiredIn, document);
    }

    /**
     * Whether {@code document} says it is written in its own outline: one of the {@link #ownOutline}
     * fields holds one of its values (compared as {@link #oneOf} compares statuses: {@code n/a} names
     * {@code N/A}).
     *
     * @param document the spec
     * @return true when the spec is held to none of the template's structure
     */
    public boolean ownOutline(SpecDocument document) {
        for (Map.Entry<String, List<String>> e : ownOutline.entrySet()) {
            if (plainValue(document, e.getKey()).flatMap(v -> oneOf(v, e.getValue())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The value of the document's first field named {@code name}, {@link #plain}; empty when none or blank. */
    private static Optional<String> plainValue(SpecDocument document, String name) {
        return document.metadataField(name).map(f -> plain(f.value())).filter(v -> !v.isEmpty());
    }

    /**
     * Whether {@code document} is held to the template's structure at all (sections, their order and
     * level, fields, checklists): it is not of its {@link #ownOutline}, and it has no status, or one of
     * {@link #completeStatuses}, or that list is empty.
     *
     * @param document the spec
     * @return true when structure rules check it
     */
    public boolean holdsToTemplate(SpecDocument document) {
        return requires(true, Set.of(), document);
    }

    /**
     * The entry of {@code statuses} that {@code value} names: equal by key, or a prefix followed by a
     * break ({@code Approved (2026-01-02)} names {@code Approved}).
     *
     * @param value a status value as written, emphasis allowed
     * @param statuses the statuses to look for, in the order they are tried
     * @return the first entry of {@code statuses} that {@code value} names, or empty
     */
    public static Optional<String> oneOf(String value, Collection<String> statuses) {
        String key = TitleKey.of(plain(value).replace("*", "").replace("_", " "));
        for (String s : statuses) {
            String sk = TitleKey.of(s);
            if (key.equals(sk) || key.startsWith(sk) && !Character.isLetterOrDigit(key.charAt(sk.length()))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * A value without surrounding emphasis or code marks and quotes: {@code **Approved**} is {@code Approved}.
     *
     * @param value a metadata value as written
     * @return the value stripped of whitespace, then of leading and trailing {@code *}, {@code _} and
     *     backticks, then of one pair of double quotes; may be empty
     */
    public static String plain(String value) {
        String v = value.strip();
        int start = 0;
        int end = v.length();
        while (start < end && "*_`".indexOf(v.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "*_`".indexOf(v.charAt(end - 1)) >= 0) {
            end--;
        }
        String inner = v.substring(start, end).strip();
        if (inner.length() >= 2 && inner.startsWith("\"") && inner.endsWith("\"")) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        return inner;
    }
}
