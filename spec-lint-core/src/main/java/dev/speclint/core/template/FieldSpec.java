package dev.speclint.core.template;

import dev.speclint.core.document.MetadataField;
import java.util.List;
import java.util.Set;

/**
 * A metadata field the template asks for ({@code **Status:** Draft/Approved},
 * {@code * Status: **Awaiting review** or **Accepted**}).
 *
 * @param name the key as the template writes it
 * @param key the match key
 * @param templateValue the template's value as written
 * @param allowedValues the values allowed when the template lists choices ({@code Draft/Approved},
 *     {@code A or B}); empty when any value goes
 * @param mustReplace whether the template's value is a placeholder that a spec must replace
 * @param origin where the template writes it: a header line or its front matter
 * @param line the template line it comes from
 * @param optionalBecause why it is optional (the template's {@code *if applicable*}, the config);
 *     empty when required
 * @param requiredIn the statuses in which it is required (config {@code requiredIn}); empty: in all
 * @param aliases other names specs use for it (config {@code sectionAliases})
 * @param since the point in the template's history from which it is required (config
 *     {@code requiredSince})
 */
public record FieldSpec(String name, String key, String templateValue, List<String> allowedValues,
        boolean mustReplace, MetadataField.Origin origin, int line, String optionalBecause, Set<String> requiredIn,
        List<String> aliases, Since since) {

    /**
     * Copies the collections.
     *
     * @param name the key as the template writes it
     * @param key the match key
     * @param templateValue the template's value as written
     * @param allowedValues the values allowed; empty when any value goes
     * @param mustReplace whether the template's value is a placeholder a spec must replace
     * @param origin a header line or the front matter
     * @param line the template's 1-based line it comes from; 0 when unknown
     * @param optionalBecause why it is optional; empty when required
     * @param requiredIn the statuses in which it is required; empty: in all
     * @param aliases other names specs use for it; empty for none
     * @param since from when it is required; {@link Since#ALWAYS} for every spec
     */
    public FieldSpec {
        allowedValues = List.copyOf(allowedValues);
        requiredIn = Set.copyOf(requiredIn);
        aliases = List.copyOf(aliases);
    }

    /**
     * The document's field of this name or one of its aliases.
     *
     * @param document the spec
     * @return the first field of the name, else of the first alias the document has; empty when none
     */
    public java.util.Optional<MetadataField> in(dev.speclint.core.document.SpecDocument document) {
        java.util.Optional<MetadataField> f = document.metadataField(name);
        for (int i = 0; f.isEmpty() && i < aliases.size(); i++) {
            f = document.metadataField(aliases.get(i));
        }
        return f;
    }

    /**
     * The document's field of this name, an alias, or a name a slip away ({@code Author} for
     * {@code Authors}) that is no other field of the template ({@code templateKeys}).
     *
     * @param document the spec
     * @param templateKeys the match keys of every field of the template
     * @return the field, or empty when the document has none of these
     */
    public java.util.Optional<MetadataField> in(dev.speclint.core.document.SpecDocument document,
            Set<String> templateKeys) {
        java.util.Optional<MetadataField> f = in(document);
        if (f.isPresent()) {
            return f;
        }
        return document.metadata().stream().filter(m -> !templateKeys.contains(m.normalizedKey())
                && SectionKeys.nearlyEqual(m.normalizedKey(), key)).findFirst();
    }

    /**
     * Whether the template or config makes it optional.
     *
     * @return true when {@link #optionalBecause()} is not empty
     */
    public boolean optional() {
        return !optionalBecause.isEmpty();
    }
}
