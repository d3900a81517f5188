package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples on the rule doc pages are real: each page's failing example, linted as {@code spec.md}
 * with the default config and the built-in profile by the real engine, gives exactly the console lines
 * the page shows for that rule (other rules' findings on the fragment are not compared), and its
 * passing example gives none (see {@link DocExample} for the page's form).
 */
class RuleDocExamplesTest {

    static Stream<DocExample> examples() {
        return RuleCatalogueTest.builtInRules().map(d -> DocExample.of(d.id())).flatMap(Optional::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void failingExampleGivesTheLinesThePageShows(DocExample example, @TempDir Path dir) throws Exception {
        assertThat(findings(example.ruleId(), example.failing(), dir))
                .as("what %s prints for the failing example of %s (the lines from %s:%d)", "spec-lint lint",
                        example.ruleId(), example.page(), example.outputLine())
                .containsExactlyElementsOf(example.output());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void passingExampleGivesNoFinding(DocExample example, @TempDir Path dir) throws Exception {
        assertThat(findings(example.ruleId(), example.passing(), dir))
                .as("findings of %s on the passing example of %s", example.ruleId(), example.page())
                .isEmpty();
    }

    /** The console lines of {@code ruleId}'s findings (and internal errors) on {@code markdown} as spec.md. */
    static List<String> findings(String ruleId, String markdown, Path dir) throws Exception {
        Path file = dir.resolve(DocExample.FILE);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        SpecLinter linter = SpecLinter.builder().config(LintConfig.defaults()).baseDir(dir).threads(1).build();
        return linter.lint(List.of(file)).violations().stream()
                .filter(v -> v.rule().equals(ruleId) || v.rule().equals("internal-error"))
                .map(RuleDocExamplesTest::consoleLine)
                .toList();
    }

    private static String consoleLine(Violation v) {
        return v.file() + ":" + v.line() + ":" + v.column() + ": " + v.severity().name().toLowerCase(Locale.ROOT)
                + ": " + v.message() + " [" + v.rule() + "]";
    }
}
