package dev.speclint.core.engine;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.io.AtomicFile;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The results of earlier runs, by file, for reuse when neither the file's bytes nor anything else the
 * result depends on ({@link RunFingerprint}) changed. Thread-safe.
 *
 * <p>The file is binary: a magic number and format version, the fingerprint, the entries, and a CRC-32
 * of all of it. A file that is missing starts an empty cache silently; one that is corrupt, truncated,
 * of another format or written under another fingerprint starts an empty cache with a warning. It is
 * written atomically (a temporary file in the same directory, then moved over the old one).
 */
final class LintCache {

    private static final byte[] MAGIC = "SPECLINT-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    /** Guards against absurd counts in a damaged file before anything is allocated. */
    private static final int MAX_COUNT = 50_000_000;

    /**
     * A relative link target a rule asked about and the answer; the entry holds only while every
     * answer is still the same.
     */
    record FileCheck(String target, boolean exists) {
    }

    /**
     * What linting one file gave, and what a later run needs to reuse it.
     *
     * @param hash SHA-256 of the file's bytes
     * @param displayPath the file's display path
     * @param violations the file's per-file violations, suppressions applied
     * @param lineCount the document's number of lines
     * @param lineTexts the text of each line a violation or a metadata field is on
     * @param fileChecks the relative link targets rules asked about
     * @param metadata the document's metadata fields (what metadata-only project rules read)
     * @param directives the document's suppression comments
     */
    record Entry(byte[] hash, String displayPath, List<Violation> violations, int lineCount,
            Map<Integer, String> lineTexts, List<FileCheck> fileChecks, List<MetadataField> metadata,
            List<HtmlComment> directives) {
    }

    private final String fingerprint;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private LintCache(String fingerprint, Map<String, Entry> previous) {
        this.fingerprint = fingerprint;
        this.previous = previous;
    }

    /**
     * Reads {@code file}; any problem but a missing file is told to {@code warnings} and gives an
     * empty cache.
     */
    static LintCache load(Path file, String fingerprint, Consumer<String> warnings) {
        Map<String, Entry> entries = Map.of();
        try {
            byte[] bytes = Files.readAllBytes(file);
            entries = read(bytes, fingerprint);
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
    Entry lookup(String path, byte[] hash) {
        Entry e = previous.get(path);
        return e != null && Arrays.equals(e.hash(), hash) ? e : null;
    }

    /** Records {@code path}'s entry of this run. */
    void put(String path, Entry entry) {
        current.put(path, entry);
    }

    /**
     * Writes this run's entries, plus the previous ones of files this run did not lint that still
     * exist, to {@code file}, atomically.
     */
    void save(Path file) throws IOException {
        Map<String, Entry> all = new TreeMap<>(current);
        for (Map.Entry<String, Entry> e : previous.entrySet()) {
            if (!all.containsKey(e.getKey()) && Files.isRegularFile(Path.of(e.getKey()))) {
                all.put(e.getKey(), e.getValue());
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        string(out, fingerprint);
        out.writeInt(all.size());
        for (Map.Entry<String, Entry> e : all.entrySet()) {
            string(out, e.getKey());
            write(out, e.getValue());
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        AtomicFile.write(file, buffer::writeTo);
    }

    private static void write(DataOutputStream out, Entry e) throws IOException {
        out.write(e.hash());
        string(out, e.displayPath());
        out.writeInt(e.violations().size());
        for (Violation v : e.violations()) {
            out.writeInt(v.line());
            out.writeInt(v.column());
            string(out, v.rule());
            out.writeByte(v.severity().ordinal());
            string(out, v.message());
        }
        out.writeInt(e.lineCount());
        out.writeInt(e.lineTexts().size());
        for (Map.Entry<Integer, String> t : new TreeMap<>(e.lineTexts()).entrySet()) {
            out.writeInt(t.getKey());
            string(out, t.getValue());
        }
        out.writeInt(e.fileChecks().size());
        for (FileCheck c : e.fileChecks()) {
            string(out, c.target());
            out.writeBoolean(c.exists());
        }
        out.writeInt(e.metadata().size());
        for (MetadataField f : e.metadata()) {
            string(out, f.key());
            string(out, f.value());
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.valueColumn());
            out.writeByte(f.origin().ordinal());
        }
        out.writeInt(e.directives().size());
        for (HtmlComment c : e.directives()) {
            string(out, c.body());
            out.writeInt(c.line());
            out.writeInt(c.column());
            out.writeInt(c.endLine());
        }
    }

    /** The entries of a cache file, or null when it was written under another fingerprint. */
    private static Map<String, Entry> read(byte[] bytes, String fingerprint) throws IOException {
        if (bytes.length < MAGIC.length + 4 + 8
                || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IOException("not a spec-lint cache file");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.skipNBytes(MAGIC.length);
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("cache format " + format + ", this spec-lint reads format " + FORMAT);
        }
        long stored = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8)).readLong();
        if (stored != crc.getValue()) {
            throw new IOException("checksum mismatch: the file is truncated or damaged");
        }
        if (!string(in).equals(fingerprint)) {
            return null;
        }
        int n = count(in);
        Map<String, Entry> out = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            String path = string(in);
            out.put(path, entry(in));
        }
        return out;
    }

    private static Entry entry(DataInputStream in) throws IOException {
        byte[] hash = in.readNBytes(32);
        if (hash.length != 32) {
            throw new EOFException("truncated entry");
        }
        String display = string(in);
        int nv = count(in);
        List<Violation> violations = new ArrayList<>(Math.min(nv, 1024));
        for (int i = 0; i < nv; i++) {
            int line = in.readInt();
            int column = in.readInt();
            String rule = string(in);
            Severity severity = Severity.values()[in.readByte()];
            violations.add(new Violation(display, line, column, rule, severity, string(in)));
        }
        int lineCount = in.readInt();
        int nt = count(in);
        Map<Integer, String> lineTexts = new TreeMap<>();
        for (int i = 0; i < nt; i++) {
            int line = in.readInt();
            lineTexts.put(line, string(in));
        }
        int nc = count(in);
        List<FileCheck> checks = new ArrayList<>(Math.min(nc, 1024));
        for (int i = 0; i < nc; i++) {
            checks.add(new FileCheck(string(in), in.readBoolean()));
        }
        int nm = count(in);
        List<MetadataField> metadata = new ArrayList<>(Math.min(nm, 1024));
        for (int i = 0; i < nm; i++) {
            String key = string(in);
            String value = string(in);
            int line = in.readInt();
            int column = in.readInt();
            int valueColumn = in.readInt();
            MetadataField.Origin origin = MetadataField.Origin.values()[in.readByte()];
            metadata.add(new MetadataField(key, value, line, column, valueColumn, origin));
        }
        int nd = count(in);
        List<HtmlComment> directives = new ArrayList<>(Math.min(nd, 1024));
        for (int i = 0; i < nd; i++) {
            directives.add(new HtmlComment(string(in), in.readInt(), in.readInt(), in.readInt()));
        }
        return new Entry(hash, display, violations, lineCount, lineTexts, checks, metadata, directives);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("damaged entry count " + n);
        }
        return n;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = count(in);
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException("truncated string");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
