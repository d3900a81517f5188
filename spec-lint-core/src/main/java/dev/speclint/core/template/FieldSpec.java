package dev.speclint.core.template;

import dev.speclint.core.document.MetadataField;
import java.util.List;

/**
 * A metadata field the template asks for ({@code **Status:** Draft/Approved}).
 *
 * @param name the key as the template writes it
 * @param key the match key
 * @param templateValue the template's value as written
 * @param allowedValues the values allowed when the template lists choices ({@code Draft/Approved});
 *     empty when any value goes
 * @param mustReplace whether the template's value is a placeholder that a spec must replace
 * @param origin where the template writes it: a header line or its front matter
 */
public record FieldSpec(String name, String key, String templateValue, List<String> allowedValues,
        boolean mustReplace, MetadataField.Origin origin) {

    /** A header field. */
    public FieldSpec(String name, String key, String templateValue, List<String> allowedValues, boolean mustReplace) {
        this(name, key, templateValue, allowedValues, mustReplace, MetadataField.Origin.HEADER);
    }

    public FieldSpec {
        allowedValues = List.copyOf(allowedValues);
    }
}
