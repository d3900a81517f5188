package dev.speclint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.FileSelection;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.RuleSettings;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.DuplicateRuleException;
import dev.speclint.core.rule.ProjectContext;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLinterTest {

    /** Reports every heading. */
    static final class HeadingRule implements Rule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("every-heading", "reports every heading", Severity.WARNING);
        }

        @Override
        public void check(SpecDocument document, RuleContext context) {
            document.allSections().forEach(s -> context.report(s.line(), s.column(), "heading " + s.title()));
        }
    }

    /** Throws on documents whose title is "Boom". */
    static final class BrokenRule implements Rule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("broken", "throws on Boom", Severity.ERROR);
        }

        @Override
        public void check(SpecDocument document, RuleContext context) {
            if (document.title().equals("Boom")) {
                throw new IllegalStateException("kaput");
            }
        }
    }

    /** Reports the number of documents once, on the first. */
    static final class CountingProjectRule implements ProjectRule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("count", "counts documents", Severity.WARNING);
        }

        @Override
        public void check(List<SpecDocument> documents, ProjectContext context) {
            context.report(documents.get(0), 1, 1, documents.size() + " documents");
        }
    }

    @TempDir
    Path dir;
    LintConfig config;

    @BeforeEach
    void template() throws Exception {
        Files.writeString(dir.resolve("template.markdown"), "# [Title]\n\n## Summary\n\n[What]\n");
        config = LintConfig.defaults().withProfile(dir.resolve("template.markdown").toString());
    }

    private SpecLinter linter(LintConfig c, int threads, Rule... rules) throws ConfigException {
        return SpecLinter.builder().config(c).baseDir(dir).threads(threads)
                .rules(RuleRegistry.of(List.of(rules), List.of(new CountingProjectRule()))).build();
    }

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void lintsDirectoriesWithGlobsAndSortsByFileLineColumnRule() throws Exception {
        write("b.md", "# B\n## Two\n");
        write("a.md", "# A\n");
        write("sub/c.md", "# C\n");
        write("sub/skip.md", "# Skip\n");
        write("notes.txt", "# not markdown\n");
        LintConfig c = config.withFiles(List.of("**/*.md"), List.of("**/skip.md"));

        LintResult result = linter(c, 2, new HeadingRule()).lint(List.of(dir));

        assertThat(result.files()).containsExactly("a.md", "b.md", "sub/c.md");
        assertThat(result.violations()).extracting(v -> v.file() + ":" + v.line() + ":" + v.rule()).containsExactly(
                "a.md:1:count", "a.md:1:every-heading", "b.md:1:every-heading", "b.md:2:every-heading",
                "sub/c.md:1:every-heading");
        assertThat(result.warningCount()).isEqualTo(5);
    }

    @Test
    void aRuleThatThrowsBecomesAnInternalErrorOnThatFileAndTheRunGoesOn() throws Exception {
        write("boom.md", "# Boom\n");
        write("fine.md", "# Fine\n");

        LintResult result = linter(config, 1, new BrokenRule(), new HeadingRule()).lint(List.of(dir));

        assertThat(result.violations()).filteredOn(v -> v.rule().equals("internal-error")).singleElement()
                .satisfies(v -> {
                    assertThat(v.file()).isEqualTo("boom.md");
                    assertThat(v.message()).contains("'broken'", "kaput");
                });
        assertThat(result.violations()).filteredOn(v -> v.rule().equals("every-heading")).hasSize(2);
    }

    @Test
    void unreadableInputsAreViolationsOfTheirOwn() throws Exception {
        write("ok.md", "# Ok\n");
        byte[] bad = "# Bad\n\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.md"), bad);
        Files.createDirectories(dir.resolve("folder.md"));

        LintResult result = linter(config, 2, new HeadingRule())
                .lint(List.of(dir.resolve("ok.md"), dir.resolve("latin1.md"), dir.resolve("folder.md"),
                        dir.resolve("missing.md")));

        // a directory named like a Markdown file is walked (it is empty), not read
        assertThat(result.violations()).extracting(v -> v.file() + ":" + v.line() + ":" + v.column() + ":" + v.rule())
                .containsExactly("latin1.md:3:3:invalid-encoding",
                        "missing.md:1:1:read-error", "ok.md:1:1:count", "ok.md:1:1:every-heading");
    }

    @Test
    void filesOverTheSizeLimitAreNotParsed() throws Exception {
        write("big.md", "# Big\n" + "x".repeat(2000) + "\n");
        LintConfig small = new LintConfig(config.profile(), List.of(), Map.of(),
                new FileSelection(List.of("**/*.md"), List.of(), 1000), config.template(), config.statuses(), List.of(),
                config.source());

        LintResult result = linter(small, 1, new HeadingRule()).lint(List.of(dir.resolve("big.md")));

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("file-too-large");
            assertThat(v.message()).contains("over the limit of 1000 bytes");
        });
    }

    @Test
    void oneAndManyThreadsGiveTheSameResult() throws Exception {
        for (int i = 0; i < 40; i++) {
            write("f" + i + ".md", "# F" + i + "\n## A\n### B\n".repeat(i % 5 + 1));
        }
        List<Violation> one = linter(config, 1, new HeadingRule()).lint(List.of(dir)).violations();
        List<Violation> many = linter(config, 4, new HeadingRule()).lint(List.of(dir)).violations();
        assertThat(many).isEqualTo(one).hasSizeGreaterThan(40);
    }

    @Test
    void configSeverityAndDisablingApply() throws Exception {
        write("a.md", "# A\n");
        LintConfig c = config.withRules(
                Map.of("every-heading", new RuleSettings(true, Optional.of(Severity.ERROR), Map.of()),
                        "count", new RuleSettings(false, Optional.empty(), Map.of())));

        LintResult result = linter(c, 1, new HeadingRule()).lint(List.of(dir));

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("every-heading");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void anUnknownRuleInTheConfigIsAnErrorWithASuggestion() {
        LintConfig c = config.withRules(Map.of("every-headng", RuleSettings.DEFAULT));
        assertThatThrownBy(() -> linter(c, 1, new HeadingRule()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown rule 'every-headng'")
                .hasMessageContaining("did you mean 'every-heading'");
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> RuleRegistry.of(List.of(new HeadingRule(), new HeadingRule()), List.of()))
                .isInstanceOf(DuplicateRuleException.class)
                .hasMessageContaining("'every-heading' is defined twice");
    }

    @Test
    void aMissingTemplateIsAClearError() {
        LintConfig c = config.withProfile(dir.resolve("nope.md").toString());
        assertThatThrownBy(() -> linter(c, 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.md does not exist");
    }

    @Test
    void lintsTextFromMemory() throws Exception {
        LintResult result = linter(config, 1, new HeadingRule()).lintText("inline.md", "# X\n## Y\n");
        assertThat(result.violations()).extracting(Violation::file, Violation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inline.md", 1),
                        org.assertj.core.groups.Tuple.tuple("inline.md", 1),
                        org.assertj.core.groups.Tuple.tuple("inline.md", 2));
    }

    @Test
    void aSymbolicLinkLoopIsAWarningAndEveryFileIsStillLintedOnce() throws Exception {
        write("a.md", "# A\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        List<String> warnings = new java.util.ArrayList<>();
        SpecLinter linter = SpecLinter.builder().config(config).baseDir(dir).threads(1)
                .rules(RuleRegistry.of(List.of(new HeadingRule()), List.of())).warnings(warnings::add).build();

        LintResult result = linter.lint(List.of(dir));

        assertThat(result.files()).containsExactly("a.md");
        assertThat(warnings).singleElement().asString().contains("loop", "symbolic link loop, skipped");
    }
}
