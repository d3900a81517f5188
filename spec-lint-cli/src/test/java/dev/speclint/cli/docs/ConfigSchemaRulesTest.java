package dev.speclint.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.RuleRegistry;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The config's JSON Schema (for editors) gives every built-in rule that takes options exactly the
 * options it declares ({@link Rule#options()}), each with the declared kind and description, so that
 * an editor completes and checks them as the linter does; a rule it lists without options takes none.
 */
class ConfigSchemaRulesTest {

    private static final String SCHEMA = "/dev/speclint/core/config/spec-lint.schema.json";

    @Test
    void everyBuiltInRuleHasItsDeclaredOptionsInTheSchema() throws Exception {
        JsonNode schema;
        try (InputStream in = RuleRegistry.class.getResourceAsStream(SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode rules = schema.path("properties").path("rules").path("properties");
        Map<String, List<RuleOption<?>>> declared = new TreeMap<>();
        RuleRegistry registry = RuleRegistry.discover(getClass().getClassLoader());
        for (Rule r : registry.rules()) {
            declared.put(r.descriptor().id(), r.options());
        }
        for (ProjectRule r : registry.projectRules()) {
            declared.put(r.descriptor().id(), r.options());
        }
        List<String> inSchema = new ArrayList<>();
        rules.fieldNames().forEachRemaining(inSchema::add);
        // a rule with options must be there; one without may be (the generic rule setting covers it)
        List<String> withOptions = declared.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        assertThat(inSchema).as("rules in the schema").containsAll(withOptions);
        assertThat(declared.keySet()).as("rules in the schema").containsAll(inSchema);

        declared.forEach((id, options) -> {
            if (!inSchema.contains(id)) {
                return;
            }
            JsonNode object = rules.path(id).path("oneOf").path(2);
            assertThat(object.path("additionalProperties").asBoolean(true)).as("%s takes no other option", id).isFalse();
            List<String> names = new ArrayList<>();
            object.path("properties").fieldNames().forEachRemaining(names::add);
            List<String> expected = new ArrayList<>(List.of("severity", "enabled"));
            options.forEach(o -> expected.add(o.name()));
            assertThat(names).as("options of %s in the schema", id).containsExactlyInAnyOrderElementsOf(expected);
            for (RuleOption<?> o : options) {
                JsonNode p = object.path("properties").path(o.name());
                assertThat(p.path("description").asText()).as("%s.%s description", id, o.name())
                        .isEqualTo(o.description() + " (default: " + o.defaultText() + ")");
                assertThat(kind(p)).as("%s.%s kind", id, o.name()).isEqualTo(o.kind());
            }
        });
    }

    private static RuleOption.Kind kind(JsonNode p) {
        String ref = p.path("$ref").asText("");
        if (ref.endsWith("/textOrList")) {
            return RuleOption.Kind.STRINGS;
        }
        if (ref.endsWith("/text")) {
            return RuleOption.Kind.STRING;
        }
        if (p.path("type").asText("").equals("boolean")) {
            return RuleOption.Kind.BOOLEAN;
        }
        if (p.path("type").asText("").equals("object") && p.path("additionalProperties").path("type").asText("")
                .equals("string")) {
            return RuleOption.Kind.STRING_MAP;
        }
        throw new AssertionError("no option kind has the schema " + p);
    }
}
