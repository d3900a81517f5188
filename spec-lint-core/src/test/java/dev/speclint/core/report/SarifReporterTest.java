package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.engine.StubRules;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** SARIF output: valid against the OASIS 2.1.0 schema, and what code scanning needs in it. */
class SarifReporterTest {

    private static Schema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
    }

    private static JsonNode validated(LintResult result) throws Exception {
        String sarif = ReportersTest.render("sarif", result);
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertThat(errors).as("schema errors of%n%s", sarif).isEmpty();
        return JSON.readTree(sarif);
    }

    @Test
    void theSchemaRejectsWhatItShould() {
        // guards against a validator that accepts anything
        assertThat(schema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {}}]}", InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void aRealRunIsValidSarif() throws Exception {
        LintResult result = SampleResults.realRun(2);
        JsonNode run = validated(result).get("runs").get(0);

        assertThat(run.get("results")).hasSize(result.violations().size());
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(SampleResults.fixtures().toUri().toString());
    }

    @Test
    void theDriverDescribesEveryRuleAndEachResultPointsAtItsRule() throws Exception {
        JsonNode sarif = validated(SampleResults.handBuilt());
        JsonNode driver = sarif.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("spec-lint");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).isEqualTo(ReportContext.INFORMATION_URI);

        List<String> ids = driver.get("rules").valueStream().map(r -> r.get("id").asText()).toList();
        List<String> registered = StubRules.markerRules().descriptors().stream().map(d -> d.id()).toList();
        assertThat(ids).startsWith(registered.toArray(String[]::new)).endsWith("no-longer-registered");
        JsonNode marker = driver.get("rules").get(ids.indexOf("marker"));
        assertThat(marker.get("helpUri").asText()).isEqualTo(ReportContext.DEFAULT_DOCS_BASE + "marker.md");
        assertThat(marker.get("shortDescription").get("text").asText()).isEqualTo("reports BAD");
        assertThat(marker.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(driver.get("rules").get(ids.indexOf("other")).get("defaultConfiguration").get("level").asText())
                .isEqualTo("warning");

        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            assertThat(ids.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asText());
        }
    }

    @Test
    void aResultHasLevelMessageAndARelativeEncodedLocation() throws Exception {
        JsonNode first = validated(SampleResults.handBuilt()).get("runs").get(0).get("results").get(0);

        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("message").get("text").asText()).isEqualTo(SampleResults.AWKWARD);
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("docs/a%20b.md");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(3);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(1);

        JsonNode unicode = validated(SampleResults.handBuilt()).get("runs").get(0).get("results").get(3);
        assertThat(unicode.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                .asText()).isEqualTo("docs/%C3%BCn%C3%AFcode.md");
    }

    @Test
    void aFixIsAnArtifactChangeWithOneReplacementPerEdit() throws Exception {
        JsonNode fix = validated(SampleResults.withFix()).get("runs").get(0).get("results").get(0).get("fixes").get(0);

        assertThat(fix.get("description").get("text").asText()).isEqualTo("Insert the missing section");
        JsonNode change = fix.get("artifactChanges").get(0);
        assertThat(change.get("artifactLocation").get("uri").asText()).isEqualTo("docs/a%20b.md");
        assertThat(change.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode insert = change.get("replacements").get(0);
        assertThat(insert.get("deletedRegion").toString())
                .isEqualTo("{\"startLine\":9,\"startColumn\":1,\"endLine\":9,\"endColumn\":1}");
        assertThat(insert.get("insertedContent").get("text").asText()).isEqualTo("## Security\n\n");
        JsonNode delete = change.get("replacements").get(1);
        assertThat(delete.get("deletedRegion").get("endColumn").asInt()).isEqualTo(5);
        assertThat(delete.has("insertedContent")).isFalse();
    }

    @Test
    void aResultWithoutAFixHasNoFixes() throws Exception {
        JsonNode results = validated(SampleResults.handBuilt()).get("runs").get(0).get("results");
        assertThat(results.valueStream()).noneMatch(r -> r.has("fixes"));
    }

    @Test
    void fingerprintsSurviveLinesAddedAboveAndTellRepeatedLinesApart() throws Exception {
        SpecLinter linter = StubRules.linter(StubRules.markerRules()).build();
        String body = "BAD one\n\nBAD   one\nBAD two\n";
        List<String> before = fingerprints(linter.lintText("s.md", "# S\n\n" + body));
        List<String> after = fingerprints(linter.lintText("s.md", "# S\n\nNew paragraph.\n\nMore.\n\n" + body));
        List<String> otherFile = fingerprints(linter.lintText("t.md", "# S\n\n" + body));

        assertThat(after).isEqualTo(before).doesNotHaveDuplicates().hasSize(4); // three BADs and first-bad
        assertThat(otherFile).doesNotContainAnyElementsOf(before);
    }

    private static List<String> fingerprints(LintResult result) throws Exception {
        return validated(result).get("runs").get(0).get("results").valueStream()
                .map(r -> r.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY).asText()).toList();
    }

    @Test
    void relativeUrisNeverReadAsASchemeOrAnAuthority() {
        assertThat(SarifReporter.relativeUri("c:odd/name.md")).isEqualTo("./c:odd/name.md");
        assertThat(SarifReporter.relativeUri("100% done.md")).isEqualTo("100%25%20done.md");
    }
}
