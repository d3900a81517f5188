package dev.speclint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code spec-lint.schema.json}, for editors, says what {@link ConfigLoader} accepts: the same keys,
 * and every valid fixture and example config validates while configs the loader refuses for their
 * shape do not.
 */
class ConfigSchemaTest {

    static final String SCHEMA = "/dev/speclint/core/config/spec-lint.schema.json";

    static Schema schema;
    static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ConfigSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("schema resource").isNotNull();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            schemaTree = new ObjectMapper().readTree(text);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(text, InputFormat.JSON);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new HashSet<>();
        object.propertyNames().forEach(out::add);
        return out;
    }

    @Test
    void schemaHasExactlyTheLoadersKeys() {
        assertThat(names(schemaTree.get("properties"))).isEqualTo(ConfigLoader.KEYS);
        assertThat(schemaTree.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void profilesEntryHasExactlyTheLoadersKeys() {
        JsonNode entry = schemaTree.at("/properties/profiles/items");
        assertThat(names(entry.get("properties"))).isEqualTo(ConfigLoader.PROFILE_ENTRY_KEYS);
        assertThat(entry.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void ruleSettingHasTheLoadersLevelsAndKeys() {
        JsonNode forms = schemaTree.at("/definitions/ruleSetting/oneOf");
        List<String> levels = new ArrayList<>();
        schemaTree.at("/definitions/ruleLevel/enum").forEach(n -> levels.add(n.asString()));
        assertThat(levels).containsExactlyElementsOf(ConfigLoader.RULE_LEVELS);
        assertThat(names(forms.get(2).get("properties"))).isEqualTo(ConfigLoader.RULE_KEYS);
    }

    static Stream<Path> acceptedConfigs() throws IOException {
        List<Path> out = new ArrayList<>(ConfigLoaderTest.validConfigs().toList());
        try (Stream<Path> examples = Files.list(Path.of("../examples/configs"))) {
            examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedConfigs")
    void configTheLoaderAcceptsValidates(Path config) throws Exception {
        ConfigLoader.load(config);

        assertThat(errors(Files.readString(config))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rule: {required-section: off}",
        "includes: {docs: '*.md'}",
        "maxFileBytes: ten",
        "maxFileBytes: 0",
        "rules: {required-section: warn1ng}",
        "rules: {required-section: {severity: erorr}}",
        "rules: {required-section: {enabled: 'yes'}}",
        "severityByStatus: {Draft: {required-section: off}}",
        "profiles: [{profile: adr.md}]",
        "profiles: [{files: ['adr/**'], profile: adr.md, extra: 1}]",
        "finalStatuses: [Approved, 1.0]",
        "profile: ''",
    })
    void configTheLoaderRefusesForItsShapeDoesNotValidate(String yaml) {
        Path file = Path.of("spec-lint.yaml");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.parse(yaml, file)))
                .as("the loader refuses %s", yaml).isInstanceOf(ConfigException.class);

        assertThat(errors(yaml)).as("schema errors of %s", yaml).isNotEmpty();
    }

    /** Schema errors of {@code yaml}, read with the loader's YAML settings (1.2 JSON schema: off is a string). */
    private static List<String> errors(String yaml) {
        Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return schema.validate(toJson(value == null ? Map.of() : value), InputFormat.JSON).stream()
                .map(Object::toString).toList();
    }

    private static String toJson(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            g.writeNumber(value.toString());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }
}
