package dev.speclint.core.profile;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.TemplateSettings;
import dev.speclint.core.template.TemplateSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled templates kept between linter builds, for a process that builds many linters (the Maven
 * plugin builds one per module of a reactor). Thread-safe and bounded: the least recently used entry
 * goes when {@code capacity} is reached.
 *
 * <p>An entry is keyed by the template's name, its source (a file's absolute path, or the built-in
 * profile's name), a SHA-256 of its bytes and the config values that shape compilation (the config's
 * {@link TemplateSettings}; status settings reach rules beside the schema, not through it). Keying by
 * the bytes rather than size and modification time means a template changed on disk is always compiled again, even
 * when rewritten within one clock tick at the same size; reading a template is cheap next to parsing
 * and compiling it.
 */
public final class CompiledTemplates {

    /** What compiles a template when no entry fits. */
    @FunctionalInterface
    interface Compilation {
        /**
         * Compiles the template.
         *
         * @return the schema
         * @throws ConfigException when the template cannot be compiled (nothing is kept then)
         */
        TemplateSchema compile() throws ConfigException;
    }

    private record Key(String name, String source, String sha256, TemplateSettings template) {
    }

    private static final CompiledTemplates NONE = new CompiledTemplates(0);

    private final int capacity;
    private final Map<Key, TemplateSchema> entries;

    private CompiledTemplates(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * A cache holding at most {@code capacity} compiled templates.
     *
     * @param capacity the most entries kept, at least 1
     * @return an empty cache
     * @throws IllegalArgumentException when {@code capacity} is below 1
     */
    public static CompiledTemplates bounded(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        return new CompiledTemplates(capacity);
    }

    /**
     * No cache: every template is compiled each time it is loaded.
     *
     * @return the cache that keeps nothing
     */
    public static CompiledTemplates none() {
        return NONE;
    }

    /**
     * The schema of a template: the kept one when name, source, bytes and the compilation-shaping
     * config values are those of an earlier compilation, else {@code compilation}'s, then kept.
     * Concurrent callers missing the same entry may each compile it; the result is the same.
     *
     * @param name the profile name the template was given by
     * @param source the template file's absolute path, or the built-in profile's name
     * @param bytes the template's bytes, as compiled
     * @param config the config whose values shape compilation
     * @param compilation compiles the template on a miss
     * @return the schema
     * @throws ConfigException when compilation fails
     */
    TemplateSchema schema(String name, String source, byte[] bytes, LintConfig config, Compilation compilation)
            throws ConfigException {
        if (capacity == 0) {
            return compilation.compile();
        }
        Key key = new Key(name, source, sha256(bytes), config.template());
        synchronized (entries) {
            TemplateSchema kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        TemplateSchema compiled = compilation.compile();
        synchronized (entries) {
            entries.putIfAbsent(key, compiled);
            if (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return compiled;
    }

    /**
     * How many compiled templates are kept.
     *
     * @return the number of entries, at most the capacity
     */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
