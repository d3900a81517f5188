package dev.speclint.core.document;

import dev.speclint.core.util.BoundedMemo;

/**
 * One metadata entry of a spec: a {@code **Key:** value} line before the first H2, or a key of the
 * YAML front matter.
 *
 * @param key the key as written, without the bold markers and colon (e.g. {@code Spec ID})
 * @param value the value, trimmed; empty when nothing follows the key
 * @param line 1-based line of the key
 * @param column 1-based column of the key's first character (the opening {@code **})
 * @param valueColumn 1-based column of the value's first character (the column after the key when
 *     the value is empty)
 * @param origin where the field was written
 */
public record MetadataField(String key, String value, int line, int column, int valueColumn, Origin origin) {

    /** Where a metadata field comes from. */
    public enum Origin {
        /** A {@code **Key:** value} line in the document header. */
        HEADER,
        /** A key of the YAML front matter. */
        FRONT_MATTER
    }

    /**
     * The key's match form: case folded, whitespace collapsed, a trailing number sign dropped
     * ({@code RFC PR #} is the field {@code RFC PR}).
     *
     * @return the key in match form
     */
    public String normalizedKey() {
        return keyOf(key);
    }

    /**
     * The match form of a field name (see {@link #normalizedKey()}).
     *
     * @param name a field name as written or as a config gives it
     * @return the name in match form
     */
    public static String keyOf(String name) {
        return KEYS.apply(name);
    }

    /*
     * Every SpecDocument.metadataField lookup folds the document's keys and the wanted name; the
     * profile put 5% of a lint in TitleKey.of from here. Field names repeat across files (a
     * template's few keys), so a bounded memo of this pure function removes that work.
     */
    private static final BoundedMemo KEYS = new BoundedMemo(MetadataField::computeKey, 4096);

    private static String computeKey(String name) {
        String k = TitleKey.of(name);
        return k.length() > 1 && k.endsWith("#") ? k.substring(0, k.length() - 1).stripTrailing() : k;
    }
}
