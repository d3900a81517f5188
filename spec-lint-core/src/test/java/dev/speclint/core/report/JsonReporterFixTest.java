package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON report's {@code fix} object (format version 3). */
class JsonReporterFixTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aViolationWithAFixCarriesItsDescriptionAndEdits() throws Exception {
        JsonNode report = JSON.readTree(ReportersTest.render("json", SampleResults.withFix()));

        assertThat(report.get("version").asText()).isEqualTo("3");
        JsonNode fix = report.get("violations").get(0).get("fix");
        assertThat(fix.get("description").asText()).isEqualTo("Insert the missing section");
        assertThat(fix.get("edits")).hasSize(2);
        assertThat(fix.get("edits").get(0).toString()).isEqualTo(
                "{\"startLine\":9,\"startColumn\":1,\"endLine\":9,\"endColumn\":1,\"newText\":\"## Security\\n\\n\"}");
        assertThat(fix.get("edits").get(1).get("newText").asText()).isEmpty();
    }

    @Test
    void aViolationWithoutAFixHasNoFixField() throws Exception {
        JsonNode report = JSON.readTree(ReportersTest.render("json", SampleResults.handBuilt()));
        assertThat(report.get("violations").valueStream()).noneMatch(v -> v.has("fix"));
    }
}
