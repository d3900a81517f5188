package dev.speclint.core.engine.cache;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.rule.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The binary format of a cache file: a magic number and format version, the fingerprint, the entries
 * by path, and a CRC-32 of all of it. Reading checks each before trusting the next.
 */
final class CacheCodec {

    private static final byte[] MAGIC = "SPECLINT-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    /** 2: violations carry their fix. */
    private static final int FORMAT = 2;
    /** Guards against absurd counts in a damaged file before anything is allocated. */
    private static final int MAX_COUNT = 50_000_000;

    private CacheCodec() {
    }

    /** The bytes of a cache file holding {@code entries} (by path) under {@code fingerprint}. */
    static byte[] write(String fingerprint, Map<String, CacheEntry> entries) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        string(out, fingerprint);
        out.writeInt(entries.size());
        for (Map.Entry<String, CacheEntry> e : new TreeMap<>(entries).entrySet()) {
            string(out, e.getKey());
            write(out, e.getValue());
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    private static void write(DataOutputStream out, CacheEntry e) throws IOException {
        out.write(e.hash());
        string(out, e.displayPath());
        out.writeInt(e.violations().size());
        for (Violation v : e.violations()) {
            out.writeInt(v.line());
            out.writeInt(v.column());
            string(out, v.rule());
            out.writeByte(v.severity().ordinal());
            string(out, v.message());
            fix(out, v.fix());
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
    static Map<String, CacheEntry> read(byte[] bytes, String fingerprint) throws IOException {
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
        Map<String, CacheEntry> out = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            String path = string(in);
            out.put(path, entry(in));
        }
        return out;
    }

    private static CacheEntry entry(DataInputStream in) throws IOException {
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
            String message = string(in);
            violations.add(new Violation(display, line, column, rule, severity, message, fix(in)));
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
        return new CacheEntry(hash, display, violations, lineCount, lineTexts, checks, metadata, directives);
    }

    /** A fix, or its absence, as a flag then the description and the edits. */
    private static void fix(DataOutputStream out, Fix fix) throws IOException {
        out.writeBoolean(fix != null);
        if (fix == null) {
            return;
        }
        string(out, fix.description());
        out.writeInt(fix.edits().size());
        for (TextEdit e : fix.edits()) {
            out.writeInt(e.startLine());
            out.writeInt(e.startColumn());
            out.writeInt(e.endLine());
            out.writeInt(e.endColumn());
            string(out, e.newText());
        }
    }

    private static Fix fix(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String description = string(in);
        int n = count(in);
        List<TextEdit> edits = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            int startLine = in.readInt();
            int startColumn = in.readInt();
            int endLine = in.readInt();
            int endColumn = in.readInt();
            try {
                edits.add(new TextEdit(startLine, startColumn, endLine, endColumn, string(in)));
            } catch (IllegalArgumentException e) {
                throw new IOException("damaged fix: " + e.getMessage(), e);
            }
        }
        if (edits.isEmpty()) {
            throw new IOException("damaged fix: no edit");
        }
        return new Fix(description, edits);
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
