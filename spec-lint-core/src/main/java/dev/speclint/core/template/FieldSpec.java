package dev.speclint.core.template;

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
 */
public record FieldSpec(String name, String key, String templateValue, List<String> allowedValues,
        boolean mustReplace) {

    public FieldSpec {
        allowedValues = List.copyOf(allowedValues);
    }
}
