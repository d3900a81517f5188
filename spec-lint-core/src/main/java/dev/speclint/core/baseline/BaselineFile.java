package dev.speclint.core.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.speclint.core.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The baseline file, {@code spec-lint-baseline.json}:
 *
 * <pre>{@code
 * {
 *   "version" : 1,
 *   "entries" : [ {
 *     "file" : "docs/specs/SPEC-PAY-1.md",
 *     "rule" : "unfilled-placeholder",
 *     "fingerprint" : "<64 hex digits>",
 *     "message" : "unfilled placeholder '[Name]'"
 *   } ]
 * }
 * }</pre>
 *
 * Entries are sorted (file, rule, message, fingerprint) and the file ends with a line break, so the
 * same findings always give the same bytes and a diff shows only what changed. Reading is strict: a
 * file that is not such a document is an error naming the line, never an empty baseline.
 */
public final class BaselineFile {

    /** The default file name. */
    public static final String DEFAULT_NAME = "spec-lint-baseline.json";
    /** The format version this code reads and writes. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private BaselineFile() {
    }

    /**
     * Reads a baseline file.
     *
     * @throws BaselineException when the file is missing, unreadable or not a version-1 baseline
     */
    public static Baseline read(Path file) throws BaselineException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file, 0, "no such baseline file; write one with 'spec-lint baseline'");
        } catch (IOException e) {
            throw new BaselineException(file, "cannot read the baseline file: " + e.getMessage(), e);
        }
        return parse(file, bytes);
    }

    /**
     * Parses a baseline file's bytes; {@code file} names it in messages.
     *
     * @throws BaselineException when the bytes are not a version-1 baseline
     */
    public static Baseline parse(Path file, byte[] bytes) throws BaselineException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            return new Reader(file, p).document();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BaselineException(file, Math.max(line, 0), "not valid JSON (" + e.getOriginalMessage()
                    + "); fix it or write it again with 'spec-lint baseline'");
        } catch (IOException e) {
            throw new BaselineException(file, "cannot read the baseline file: " + e.getMessage(), e);
        }
    }

    /** Writes {@code baseline} to {@code file}, atomically, creating parent folders. */
    public static void write(Path file, Baseline baseline) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            JsonGenerator g = FACTORY.createGenerator(out);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("entries");
            for (BaselineEntry e : baseline.entries()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeStringField("rule", e.rule());
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        });
    }

    /** A strict reader of one document. */
    private static final class Reader {

        private final Path file;
        private final JsonParser p;

        Reader(Path file, JsonParser p) {
            this.file = file;
            this.p = p;
        }

        Baseline document() throws IOException, BaselineException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "a baseline is a JSON object with 'version' and 'entries'");
            Integer version = null;
            List<BaselineEntry> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "version" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
                            throw error("'version' must be " + VERSION + ", not " + p.getText()
                                    + "; this spec-lint reads version " + VERSION + " baselines");
                        }
                        version = VERSION;
                    }
                    case "entries" -> entries = entries(value);
                    default -> throw error("unknown key '" + name + "'; a baseline has 'version' and 'entries'");
                }
            }
            if (version == null || entries == null) {
                throw error("a baseline needs 'version' and 'entries'");
            }
            if (p.nextToken() != null) {
                throw error("unexpected content after the baseline object");
            }
            return new Baseline(entries);
        }

        private List<BaselineEntry> entries(JsonToken start) throws IOException, BaselineException {
            expect(start, JsonToken.START_ARRAY, "'entries' must be an array");
            List<BaselineEntry> out = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                expect(t, JsonToken.START_OBJECT, "each entry must be an object with 'file', 'rule' and 'fingerprint'");
                out.add(entry());
            }
            return out;
        }

        private BaselineEntry entry() throws IOException, BaselineException {
            int line = p.currentLocation().getLineNr();
            String entryFile = null;
            String rule = null;
            String fingerprint = null;
            String message = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value != JsonToken.VALUE_STRING) {
                    throw error("'" + name + "' must be a string");
                }
                switch (name) {
                    case "file" -> entryFile = p.getText();
                    case "rule" -> rule = p.getText();
                    case "fingerprint" -> fingerprint = p.getText();
                    case "message" -> message = p.getText();
                    default -> throw error("unknown key '" + name + "' in an entry; an entry has 'file', 'rule', "
                            + "'fingerprint' and 'message'");
                }
            }
            if (entryFile == null || entryFile.isBlank() || rule == null || rule.isBlank() || fingerprint == null) {
                throw new BaselineException(file, line, "an entry needs 'file', 'rule' and 'fingerprint'");
            }
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw new BaselineException(file, line, "'fingerprint' must be 64 lower-case hex digits");
            }
            return new BaselineEntry(entryFile, rule, fingerprint, message);
        }

        private void expect(JsonToken actual, JsonToken wanted, String problem) throws BaselineException {
            if (actual != wanted) {
                throw error(problem);
            }
        }

        private BaselineException error(String problem) {
            return new BaselineException(file, Math.max(p.currentLocation().getLineNr(), 0), problem);
        }
    }
}
