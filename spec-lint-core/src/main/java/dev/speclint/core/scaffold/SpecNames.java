package dev.speclint.core.scaffold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spec ids, project keys and file names of new specs ({@code spec-lint new}, {@code spec-lint:new}). */
public final class SpecNames {

    private static final Pattern KEY = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final int MAX_SLUG = 60;

    private SpecNames() {
    }

    /**
     * A project key given by the user, upper-cased: letters and digits, hyphen-separated.
     *
     * @throws IllegalArgumentException naming the allowed form
     */
    public static String key(String value) {
        String k = value.strip().toUpperCase(Locale.ROOT);
        if (!KEY.matcher(k).matches()) {
            throw new IllegalArgumentException("project key '" + value + "' must be letters and digits, "
                    + "optionally hyphen-separated (e.g. PAY or BILLING-API)");
        }
        return k;
    }

    /** The default key of a module: its artifactId upper-cased, e.g. {@code payment-service} -> {@code PAYMENT-SERVICE}. */
    public static String keyFromArtifactId(String artifactId) {
        String k = ascii(artifactId).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        return k.isEmpty() ? "SPEC" : k;
    }

    /** {@code SPEC-PAY-3}. */
    public static String specId(String key, int number) {
        return "SPEC-" + key + "-" + number;
    }

    /** {@code SPEC-PAY-3-payment-retries.md}. */
    public static String fileName(String key, int number, String title) {
        return specId(key, number) + "-" + slug(title) + ".md";
    }

    /**
     * The title for a file name: lower-case ASCII letters and digits joined by hyphens, at most 60
     * characters, cut at a word boundary; {@code spec} when nothing is left.
     */
    public static String slug(String title) {
        String s = ascii(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG);
            int cut = s.lastIndexOf('-');
            if (cut > 0) {
                s = s.substring(0, cut);
            }
        }
        return s.isEmpty() ? "spec" : s;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
