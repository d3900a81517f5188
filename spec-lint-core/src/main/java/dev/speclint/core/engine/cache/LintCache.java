package dev.speclint.core.engine.cache;

import dev.speclint.core.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The results of earlier runs, by file, for reuse when neither the file's bytes nor anything else the
 * result depends on ({@link RunFingerprint}) changed. Thread-safe.
 *
 * <p>The file's format is {@link CacheCodec}'s. A file that is missing starts an empty cache silently;
 * one that is corrupt, truncated, of another format or written under another fingerprint starts an
 * empty cache with a warning. It is written atomically (a temporary file in the same directory, then moved over the old one).
 */
public final class LintCache {

    private final String fingerprint;
    private final Map<String, CacheEntry> previous;
    private final Map<String, CacheEntry> current = new ConcurrentHashMap<>();

    private LintCache(String fingerprint, Map<String, CacheEntry> previous) {
        this.fingerprint = fingerprint;
        this.previous = previous;
    }

    /**
     * Reads {@code file}; any problem but a missing file is told to {@code warnings} and gives an
     * empty cache.
     */
    public static LintCache load(Path file, String fingerprint, Consumer<String> warnings) {
        Map<String, CacheEntry> entries = Map.of();
        try {
            byte[] bytes = Files.readAllBytes(file);
            entries = CacheCodec.read(bytes, fingerprint);
            if (entries == null) {
                entries = Map.of(); // another configuration, rule set or version: start over, quietly
            }
        } catch (NoSuchFileException e) {
            // the first run
        } catch (IOException | RuntimeException e) {
            warnings.accept("cache " + file + " ignored (" + reason(e) + "): every file is linted again and the "
                    + "cache rewritten");
        }
        return new LintCache(fingerprint, entries);
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The entry of {@code path} from the file read, when its bytes hash to {@code hash}. */
    public CacheEntry lookup(String path, byte[] hash) {
        CacheEntry e = previous.get(path);
        return e != null && Arrays.equals(e.hash(), hash) ? e : null;
    }

    /** Records {@code path}'s entry of this run. */
    public void put(String path, CacheEntry entry) {
        current.put(path, entry);
    }

    /**
     * Writes this run's entries, plus the previous ones of files this run did not lint that still
     * exist, to {@code file}, atomically.
     */
    public void save(Path file) throws IOException {
        Map<String, CacheEntry> all = new TreeMap<>(current);
        for (Map.Entry<String, CacheEntry> e : previous.entrySet()) {
            if (!all.containsKey(e.getKey()) && Files.isRegularFile(Path.of(e.getKey()))) {
                all.put(e.getKey(), e.getValue());
            }
        }
        byte[] bytes = CacheCodec.write(fingerprint, all);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
