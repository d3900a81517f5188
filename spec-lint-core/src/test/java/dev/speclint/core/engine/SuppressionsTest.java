package dev.speclint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inline suppressions, one fixture per form: {@code suppressions/<case>.md} linted with the stub
 * rules {@code marker} (BAD) and {@code other} (OTHER) gives exactly the violations of
 * {@code <case>.expected} ({@code LINE:COL rule-id}), whatever rule reported them.
 */
class SuppressionsTest {

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(StubRules.FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("template.md")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyTheExpectedViolations(Path markdown) throws Exception {
        Path expectedFile = Path.of(markdown.toString().replaceFirst("\\.md$", ".expected"));
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
        RuleRegistry rules = RuleRegistry.of(StubRules.markerRules().rules(), List.of());

        LintResult result = StubRules.linter(rules).build().lint(List.of(markdown));

        assertThat(result.violations().stream().map(v -> v.line() + ":" + v.column() + " " + v.rule()))
                .as("violations of %s: %s", markdown.getFileName(), result.violations())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void anUnknownIdIsAWarningThatSuggestsTheNearestRule() throws Exception {
        LintResult result = StubRules.linter(StubRules.markerRules()).build()
                .lint(List.of(StubRules.FIXTURES.resolve("unknown-rule.md")));

        List<Violation> unknown = result.violations().stream().filter(v -> v.rule().equals("unknown-suppression"))
                .toList();
        assertThat(unknown).extracting(Violation::severity).containsOnly(Severity.WARNING);
        assertThat(unknown.get(0).message()).contains("'markr'", "did you mean 'marker'?", "spec-lint rules");
        assertThat(unknown.get(1).message()).contains("'no-such-rule'").doesNotContain("did you mean");
    }

    @Test
    void anUnknownDirectiveSuggestsTheNearestDirective() throws Exception {
        LintResult result = StubRules.linter(StubRules.markerRules()).build()
                .lint(List.of(StubRules.FIXTURES.resolve("unknown-directive.md")));

        assertThat(result.violations()).filteredOn(v -> v.rule().equals("unknown-suppression"))
                .singleElement().extracting(Violation::message).asString()
                .contains("'spec-lint-disable-nextline'", "did you mean 'spec-lint-disable-next-line'?");
    }

    @Test
    void theConfigCanTurnUnknownSuppressionOff() throws Exception {
        LintResult result = StubRules.linter(StubRules.markerRules())
                .config(StubRules.without(StubRules.config(), "unknown-suppression")).build()
                .lint(List.of(StubRules.FIXTURES.resolve("unknown-rule.md")));

        assertThat(result.violations()).extracting(Violation::rule).doesNotContain("unknown-suppression");
    }

    @Test
    void suppressionsApplyToCrossFileRulesInTheDocumentTheyPointAt() throws Exception {
        SpecLinter linter = StubRules.linter(StubRules.markerRules()).build();

        LintResult suppressed = linter.lintText("a.md", "# A\n\n<!-- spec-lint-disable-next-line first-bad -->\nBAD\n");
        LintResult reported = linter.lintText("b.md", "# B\n\nBAD\n");

        assertThat(suppressed.violations()).extracting(Violation::rule).containsExactly("marker");
        assertThat(reported.violations()).extracting(v -> v.line() + ":" + v.column() + " " + v.rule())
                .containsExactly("3:1 first-bad", "3:1 marker");
    }

    @Test
    void aRuleTurnedOffByConfigIsStillAKnownId() throws Exception {
        LintResult result = StubRules.linter(StubRules.markerRules())
                .config(StubRules.without(StubRules.config(), "other")).build()
                .lintText("c.md", "# C\n\n<!-- spec-lint-disable other -->\nBAD OTHER\n");

        assertThat(result.violations()).extracting(Violation::rule).containsExactly("first-bad", "marker");
    }
}
