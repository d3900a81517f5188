package dev.speclint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User-supplied config cannot crash or hang a run: a bad rule option (a regular expression that does not compile, a
 * wrong type) is a config error naming the file and line when the linter is built, not an internal error on every
 * file; user regexes run on RE2/J, linear whatever the pattern; a template that is missing or not Markdown is a clear
 * error. (Billion laughs, alias fan-out and the size limit: {@code ConfigLoaderTest} in core.)
 */
class ConfigSafetyTest {

    @TempDir
    Path dir;

    private LintConfig load(String yaml) throws IOException, ConfigException {
        Path file = dir.resolve("spec-lint.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file);
    }

    private SpecLinter build(String yaml) throws IOException, ConfigException {
        return SpecLinter.builder().config(load(yaml)).baseDir(dir).build();
    }

    @Test
    void aBadMetadataPatternIsAConfigErrorWithFileAndLine() {
        String yaml = "rules:\n  metadata-field:\n    patterns:\n      Spec ID: '^(SPEC-'\n";
        assertThatThrownBy(() -> build(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("spec-lint.yaml") + ":2: ")
                .hasMessageContaining("option 'patterns' of rule 'metadata-field': the pattern of 'Spec ID' is not a "
                        + "valid regular expression");
    }

    @Test
    void aBackReferenceIsRefusedSinceRe2HasNone() {
        String yaml = "rules:\n  metadata-field:\n    patterns:\n      Epic: '(a)\\1'\n";
        assertThatThrownBy(() -> build(yaml)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void aWrongOptionTypeIsAConfigError() {
        String yaml = "rules:\n  empty-section:\n    allSections: 'yes'\n";
        assertThatThrownBy(() -> build(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("spec-lint.yaml") + ":2: option 'allSections' of rule 'empty-section' must be "
                        + "true or false, not 'yes'");
    }

    @Test
    void aBadOptionOfADisabledRuleIsIgnored() throws Exception {
        String yaml = "rules:\n  metadata-field:\n    severity: off\n    patterns:\n      Spec ID: '('\n";
        assertThat(build(yaml)).isNotNull();
    }

    @Test
    void aBadPlaceholderPatternIsAConfigError() {
        assertThatThrownBy(() -> build("placeholderPatterns: ['(fill me in']\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("placeholder pattern '(fill me in' is not a valid regular expression");
    }

    @Test
    void catastrophicPatternsRunInLinearTime() throws Exception {
        // (a+)+$ and (a|aa)*b backtrack exponentially in java.util.regex; RE2/J is linear
        SpecLinter linter = build("placeholderPatterns: ['(a+)+$', '(a|aa)*b']\n"
                + "rules:\n  metadata-field:\n    patterns:\n      Spec ID: '^(x+x+)+y$'\n");
        String spec = "# T\n\n**Spec ID:** " + "x".repeat(5_000) + "\n\n## Overview\n\n" + "a".repeat(50_000) + "!\n";
        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> linter.lintText("s.md", spec));
        assertThat(result.violations()).anyMatch(v -> v.rule().equals("metadata-field")
                && v.message().contains("does not match"));
    }

    @Test
    void aMissingTemplateIsAConfigError() {
        assertThatThrownBy(() -> build("profile: templates/nope.md\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("spec-lint.yaml:1: ")
                .hasMessageContaining(dir.resolve("templates/nope.md") + " does not exist");
    }

    @Test
    void aTemplateThatIsNotMarkdownIsAConfigError() throws IOException {
        Files.writeString(dir.resolve("template.docx"), "# not really\n");
        assertThatThrownBy(() -> build("profile: template.docx\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("template " + dir.resolve("template.docx") + " is not a Markdown file");
    }

    @Test
    void aTemplateThatIsADirectoryIsAConfigError() throws IOException {
        Files.createDirectory(dir.resolve("t.md"));
        assertThatThrownBy(() -> build("profile: t.md\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void anUnknownRuleOptionIsAConfigErrorWithItsLineAndADidYouMean() {
        assertThatThrownBy(() -> build("""
                rules:
                  metadata-field:
                    pattern: {Spec ID: '^SPEC-'}
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("spec-lint.yaml:2")
                .hasMessageContaining("unknown option 'pattern' of rule 'metadata-field' (did you mean 'patterns'?)");
    }

    @Test
    void anOptionOfARuleThatTakesNoneIsAConfigError() {
        assertThatThrownBy(() -> build("""
                rules:
                  empty-section: {allSections: true}
                  section-order: {bogusOpt: 1}
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown option 'bogusOpt' of rule 'section-order'; the rule takes no options");
    }
}
