package dev.speclint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read. One run; the driver
 * lists every rule of the registry (id, descriptions, doc page, default level), then any rule id a
 * result uses that the registry lacks. Each result points at its file relative to {@code %SRCROOT%}
 * (the run's base directory, named in {@code originalUriBaseIds} when known; absolute paths become
 * {@code file:} URIs), with a 1-based line and column counted in UTF-16 code units.
 *
 * <p>Fingerprint: {@code partialFingerprints["specLintLineHash/v1"]} is the SHA-256 of the rule id,
 * the file, the text of the violating line with whitespace runs collapsed and ends trimmed, and the
 * index of the result among the earlier results with the same rule, file and line text. The line
 * number is not in it, so a finding keeps its fingerprint when lines are added or removed above it.
 * Timing is left out: the same result gives the same bytes.
 */
public final class SarifReporter implements Reporter {

    /** The key of spec-lint's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "specLintLineHash/v1";
    static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        List<RuleDescriptor> rules = rules(result, context);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        JsonGenerator g = JsonWriting.generator(out);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        writeTool(g, rules, context);
        writeBase(g, context);
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        Map<String, Integer> occurrences = new HashMap<>();
        for (Violation v : result.violations()) {
            writeResult(g, v, ruleIndex.get(v.rule()), fingerprint(v, result, occurrences));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static List<RuleDescriptor> rules(LintResult result, ReportContext context) {
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        if (context.registry() != null) {
            for (RuleDescriptor d : context.registry().descriptors()) {
                byId.put(d.id(), d);
            }
        }
        TreeSet<String> missing = new TreeSet<>();
        for (Violation v : result.violations()) {
            if (!byId.containsKey(v.rule())) {
                missing.add(v.rule());
            }
        }
        List<RuleDescriptor> out = new ArrayList<>(byId.values());
        for (String id : missing) {
            // a result built outside the registry: describe what can be known
            out.add(new RuleDescriptor(id, "Rule " + id, Severity.ERROR, id + ".md"));
        }
        return out;
    }

    private static void writeTool(JsonGenerator g, List<RuleDescriptor> rules, ReportContext context)
            throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "spec-lint");
        g.writeStringField("version", context.toolVersion());
        g.writeStringField("informationUri", ReportContext.INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RuleDescriptor d : rules) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", d.summary());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", d.summary() + ". Default severity: " + d.defaultSeverity().label()
                    + ". See " + d.docUrl(context.docsBase()));
            g.writeEndObject();
            g.writeStringField("helpUri", d.docUrl(context.docsBase()));
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(d.defaultSeverity()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeBase(JsonGenerator g, ReportContext context) throws IOException {
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        if (context.baseDir() != null) {
            String uri = context.baseDir().toAbsolutePath().normalize().toUri().toASCIIString();
            g.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
        }
        g.writeObjectFieldStart("description");
        g.writeStringField("text", "The directory spec-lint ran in; result paths are relative to it.");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Violation v, int ruleIndex, String fingerprint)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", v.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(v.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", v.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, v.file());
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", v.line());
        g.writeNumberField("startColumn", v.column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fingerprint);
        g.writeEndObject();
        if (v.hasFix()) {
            writeFixes(g, v);
        }
        g.writeEndObject();
    }

    /**
     * SARIF 2.1.0 §3.55 {@code fixes}: one fix, one {@code artifactChange} on the violation's file, a
     * {@code replacement} per edit: {@code deletedRegion} (an insertion's is empty: end = start) and
     * {@code insertedContent.text}. Columns are those of the run's {@code columnKind}.
     */
    private static void writeFixes(JsonGenerator g, Violation v) throws IOException {
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        g.writeObjectFieldStart("description");
        g.writeStringField("text", v.fix().description());
        g.writeEndObject();
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        writeArtifactLocation(g, v.file());
        g.writeArrayFieldStart("replacements");
        for (TextEdit e : v.fix().edits()) {
            g.writeStartObject();
            g.writeObjectFieldStart("deletedRegion");
            g.writeNumberField("startLine", e.startLine());
            g.writeNumberField("startColumn", e.startColumn());
            g.writeNumberField("endLine", e.endLine());
            g.writeNumberField("endColumn", e.endColumn());
            g.writeEndObject();
            if (!e.newText().isEmpty()) {
                g.writeObjectFieldStart("insertedContent");
                g.writeStringField("text", e.newText());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeArtifactLocation(JsonGenerator g, String file) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        Path path = asPath(file);
        if (path != null && path.isAbsolute()) {
            g.writeStringField("uri", path.toUri().toASCIIString());
        } else {
            g.writeStringField("uri", relativeUri(file));
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
    }

    static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static Path asPath(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A display path (forward slashes) as a relative URI reference, percent-encoded. */
    static String relativeUri(String file) {
        String path = file;
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (first.contains(":")) {
            path = "./" + path; // else the first segment would read as a scheme
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URI of " + file, e);
        }
    }

    private static String fingerprint(Violation v, LintResult result, Map<String, Integer> occurrences) {
        String text = LineFingerprint.normalize(result.lineText(v).orElse(""));
        String key = v.rule() + '\u0000' + v.file() + '\u0000' + text;
        int index = occurrences.merge(key, 1, Integer::sum) - 1;
        return LineFingerprint.sha256(key, Integer.toString(index));
    }
}
