package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example specs, linted with the default profile and every built-in rule, give exactly the
 * planted defects listed in {@code examples/expected-violations.txt} ({@code file:line:col rule-id},
 * sorted; see {@code docs/example-defects.md}), and nothing on the clean spec.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void theExamplesGiveExactlyThePlantedDefects() throws Exception {
        LintConfig config = LintConfig.defaults().withFiles(List.of("SPEC-*.md"), List.of());
        SpecLinter linter = SpecLinter.builder().config(config).baseDir(EXAMPLES).threads(2).build();

        LintResult result = linter.lint(List.of(EXAMPLES));

        List<String> actual = result.violations().stream()
                .map(v -> v.file() + ":" + v.line() + ":" + v.column() + " " + v.rule())
                .toList();
        List<String> expected = Files.readAllLines(EXAMPLES.resolve("expected-violations.txt")).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertThat(result.files()).hasSize(4);
        assertThat(actual).as("all violations: %s", result.violations()).containsExactlyElementsOf(expected);
        assertThat(actual).noneMatch(v -> v.startsWith("SPEC-PAY-101"));
    }
}
