package dev.speclint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The config fixtures under {@code src/test/resources/config}: every {@code valid/} file loads (and the
 * tests below check what it gives), every {@code invalid/} file fails with the message its first line
 * names ({@code # error: file:line: problem}).
 */
class ConfigLoaderTest {

    static Path fixtures(String folder) {
        try {
            return Path.of(ConfigLoaderTest.class.getResource("/config/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fixture(String name) {
        return fixtures("valid").resolve(name);
    }

    static Stream<Path> invalidConfigs() throws IOException {
        try (Stream<Path> files = Files.list(fixtures("invalid"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> validConfigs() throws IOException {
        try (Stream<Path> files = Files.list(fixtures("valid"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigs")
    void invalidConfigFailsWithFileLineAndProblem(Path config) throws IOException {
        String first = Files.readAllLines(config, StandardCharsets.UTF_8).get(0);
        assertThat(first).as("first line of %s", config).startsWith("# error: ");
        String expected = first.substring("# error: ".length()).strip();

        assertThatThrownBy(() -> ConfigLoader.load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(config.getParent().toString())
                .message().contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validConfigs")
    void validConfigLoadsAndKnowsItsFile(Path config) throws ConfigException {
        LintConfig loaded = ConfigLoader.load(config);

        assertThat(loaded.source().name()).contains(config.toString());
        assertThat(loaded.source().directory()).contains(config.toAbsolutePath().getParent());
    }

    @Test
    void emptyConfigIsTheDefaults() throws ConfigException {
        LintConfig loaded = ConfigLoader.load(fixture("empty.yaml"));
        LintConfig d = LintConfig.defaults();

        assertThat(loaded.profile()).isEqualTo(d.profile());
        assertThat(loaded.rules()).isEmpty();
        assertThat(loaded.files().includes()).isEqualTo(d.files().includes());
        assertThat(loaded.statuses().finalStatuses()).isEqualTo(d.statuses().finalStatuses());
        assertThat(loaded.files().maxFileBytes()).isEqualTo(d.files().maxFileBytes());
        assertThat(loaded.profiles()).isEmpty();
        assertThat(loaded.statuses().severityByStatus()).isEmpty();
    }

    @Test
    void minimalConfigNamesAProfileAndKeepsItsLine() throws ConfigException {
        LintConfig loaded = ConfigLoader.load(fixture("minimal.yaml"));

        assertThat(loaded.profile()).isEqualTo("technical-spec");
        assertThat(loaded.source().whereProfile("technical-spec")).isEqualTo(fixture("minimal.yaml") + ":1: ");
        assertThat(loaded.files().includes()).containsExactly("**/*.md");
    }

    @Test
    void fullConfigGivesEveryKey() throws ConfigException {
        LintConfig c = ConfigLoader.load(fixture("full.yaml"));

        assertThat(c.profile()).isEqualTo("templates/spec-template.md");
        assertThat(c.profiles()).containsExactly(
                new FileProfile(List.of("adr/**"), "templates/adr-template.md"),
                new FileProfile(List.of("rfcs/*.md"), "technical-spec"));
        assertThat(c.rule("required-section")).isEqualTo(new RuleSettings(true, Optional.of(Severity.ERROR), Map.of()));
        assertThat(c.rule("metadata-field").severity()).contains(Severity.WARNING);
        assertThat(c.rule("metadata-field").options()).containsOnly(
                Map.entry("optionalFields", List.of("Reviewers", "Epic")), Map.entry("patterns", Map.of("Version",
                        "^\\d+\\.\\d+$")));
        assertThat(c.rule("checklist-incomplete").enabled()).isFalse();
        assertThat(c.statuses().severityByStatus()).containsOnly(
                Map.entry("Draft", Map.of("unfilled-placeholder", Severity.WARNING, "required-section",
                        Severity.WARNING)),
                Map.entry("In Review", Map.of("unfilled-placeholder", Severity.ERROR)));
        assertThat(c.files().includes()).containsExactly("docs/**/*.md", "adr/*.md");
        assertThat(c.files().excludes()).containsExactly("**/archive/**");
        assertThat(c.template().optionalSections()).containsExactlyInAnyOrder("Appendix", "Glossary");
        assertThat(c.template().placeholderPatterns()).containsExactly("\\(fill me in[^)]*\\)", "TBD");
        assertThat(c.statuses().finalStatuses()).containsExactlyInAnyOrder("Approved", "Accepted");
        assertThat(c.statuses().extraStatuses()).containsExactly("Superseded");
        assertThat(c.files().maxFileBytes()).isEqualTo(2_097_152L);
        assertThat(c.source().ruleLines()).containsEntry("required-section", 9)
                .containsEntry("metadata-field", 10)
                .containsEntry("unfilled-placeholder", 17).containsEntry("checklist-incomplete", 14);
        assertThat(c.source().whereProfile("templates/adr-template.md")).endsWith("full.yaml:5: ");
    }

    @Test
    void ownOutlineWhenMapsFieldsToValues() throws ConfigException {
        LintConfig c = ConfigLoader.load(fixture("own-outline.yaml"));
        assertThat(c.statuses().ownOutlineWhen()).containsExactly(Map.entry("Rust Issue", List.of("N/A")),
                Map.entry("Type", List.of("Process", "Informational")));
        assertThat(ConfigLoader.load(fixture("empty.yaml")).statuses().ownOutlineWhen()).isEmpty();
    }

    @Test
    void everyRuleFormMeansWhatItSays() throws ConfigException {
        LintConfig c = ConfigLoader.load(fixture("rule-forms.yaml"));

        RuleSettings off = new RuleSettings(false, Optional.empty(), Map.of());
        assertThat(c.rule("rule-off")).isEqualTo(off);
        assertThat(c.rule("rule-false")).isEqualTo(off);
        assertThat(c.rule("rule-disabled")).isEqualTo(off);
        assertThat(c.rule("rule-severity-off")).isEqualTo(off);
        assertThat(c.rule("rule-on")).isEqualTo(RuleSettings.DEFAULT);
        assertThat(c.rule("rule-true")).isEqualTo(RuleSettings.DEFAULT);
        assertThat(c.rule("rule-warning").severity()).contains(Severity.WARNING);
        assertThat(c.rule("rule-error").severity()).contains(Severity.ERROR);
        RuleOptions options = new RuleOptions("rule-options", c.rule("rule-options").options());
        assertThat(options.string("text")).contains("hello");
        assertThat(options.integer("count", 0)).isEqualTo(3);
        assertThat(options.bool("flag", false)).isTrue();
        assertThat(options.strings("list")).containsExactly("a", "b");
        assertThat(options.values().get("ratio")).isEqualTo(0.5);
        assertThat(options.values().get("nested")).isEqualTo(Map.of("key", "value"));
    }

    @Test
    void aFewAliasesAreAllowed() throws ConfigException {
        LintConfig c = ConfigLoader.load(fixture("anchors.yaml"));

        assertThat(c.rule("rule-b")).isEqualTo(c.rule("rule-a"));
        assertThat(c.rule("rule-b").options()).containsEntry("ignore", List.of("TBD", "TODO"));
    }

    @Test
    void discoverFindsTheNearestConfigUpwards(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(dir.resolve("spec-lint.yaml"), "profile: technical-spec\n");
        Files.writeString(dir.resolve("a/.spec-lint.yaml"), "profile: technical-spec\n");

        assertThat(ConfigLoader.discover(nested)).contains(dir.resolve("a/.spec-lint.yaml").toAbsolutePath());
        assertThat(ConfigLoader.discover(dir)).contains(dir.resolve("spec-lint.yaml").toAbsolutePath());
        Files.writeString(dir.resolve("a/b/spec-lint.yaml"), "");
        assertThat(ConfigLoader.discover(nested)).contains(dir.resolve("a/b/spec-lint.yaml").toAbsolutePath());
    }

    @Test
    void visibleNameWinsOverHiddenInOneDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("spec-lint.yaml"), "");
        Files.writeString(dir.resolve(".spec-lint.yaml"), "");

        assertThat(ConfigLoader.discover(dir)).contains(dir.resolve("spec-lint.yaml").toAbsolutePath());
    }

    @Test
    void invalidUtf8NamesTheLine(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("spec-lint.yaml");
        Files.write(config, new byte[] {'p', 'r', 'o', 'f', 'i', 'l', 'e', ':', ' ', 'a', '\n', 'x', ':', ' ',
            (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(config + ":2: ");
    }

    @Test
    void oversizedConfigIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("spec-lint.yaml");
        Files.writeString(config, "# " + "x".repeat(ConfigLoader.MAX_CONFIG_BYTES) + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("over " + ConfigLoader.MAX_CONFIG_BYTES + " bytes");
    }

    @Test
    void pluginPathEntriesResolveAgainstTheConfigsFolderAndMustExist(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/rules.jar"), "");
        Path file = Files.writeString(dir.resolve("spec-lint.yaml"), "pluginPath:\n  - lib/rules.jar\n  - lib\n");
        assertThat(ConfigLoader.load(file).pluginPath()).containsExactly(dir.resolve("lib/rules.jar"), dir.resolve("lib"));
        assertThat(ConfigLoader.load(Files.writeString(file, "pluginPath: lib\n")).pluginPath())
                .containsExactly(dir.resolve("lib"));

        Files.writeString(file, "profile: technical-spec\npluginPath: [lib, rulez.jar]\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2: pluginPath 'rulez.jar': no such file or directory");
        Files.writeString(file, "classpath: lib\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("unknown key 'classpath'");
    }

    @Test
    void missingFileIsAConfigProblem(@TempDir Path dir) {
        Path config = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(config + ": cannot read the config file");
    }

    @Test
    void tagsBuildNoJavaObjects() throws ConfigException {
        LintConfig c = ConfigLoader.parse("""
                rules:
                  some-rule:
                    x: !!java.io.File /etc/passwd
                """, Path.of("spec-lint.yaml"));

        assertThat(c.rule("some-rule").options().get("x")).isEqualTo("/etc/passwd");
    }

    @Test
    void theAcceptedKeysAreTheRecordsSettings() {
        assertThat(ConfigLoader.KEYS).containsExactlyInAnyOrder("profile", "profiles", "rules", "severityByStatus",
                "includes", "excludes", "optionalSections", "placeholderPatterns", "finalStatuses", "extraStatuses",
                "maxFileBytes", "sectionAliases", "requiredIn", "uncheckedStatuses", "statusField", "completeIn", "ownOutlineWhen", "requiredSince",
                "requiredSections",
                "pluginPath");
        assertThat(Set.copyOf(ConfigLoader.PROFILE_ENTRY_KEYS)).containsExactlyInAnyOrder("files", "profile");
    }

    @Test
    void discoveryStopsAtTheCeiling(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("build"));
        Path module = Files.createDirectories(root.resolve("services/payments"));
        Files.writeString(dir.resolve("spec-lint.yaml"), "profile: technical-spec\n");

        assertThat(ConfigLoader.discover(module, root)).isEmpty();
        assertThat(ConfigLoader.discover(module)).contains(dir.resolve("spec-lint.yaml").toAbsolutePath().normalize());

        Files.writeString(root.resolve(".spec-lint.yaml"), "");
        assertThat(ConfigLoader.discover(module, root)).contains(root.resolve(".spec-lint.yaml").toAbsolutePath()
                .normalize());
    }

    @Test
    void aConfigReadElsewhereIsNamedByItsName(@TempDir Path dir) {
        byte[] broken = "profile: technical-spec\nrules:\n  nope: sometimes\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ConfigLoader.load(broken, "classpath:team/spec-lint.yaml", dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("classpath:team/spec-lint.yaml:3: ")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void aConfigReadElsewhereResolvesAgainstTheGivenDirectory(@TempDir Path dir) throws ConfigException {
        LintConfig c = ConfigLoader.load("profile: templates/rfc.md\n".getBytes(StandardCharsets.UTF_8),
                "classpath:team/spec-lint.yaml", dir);

        assertThat(c.source().directory()).contains(dir.toAbsolutePath().normalize());
        assertThat(c.source().whereProfile("templates/rfc.md")).isEqualTo("classpath:team/spec-lint.yaml:1: ");
    }
}
