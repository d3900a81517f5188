package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lints every fixture and compares the fixture's rule's violations with its expected file. */
class RuleFixturesTest {

    static List<Fixture> fixtures() {
        return Fixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyTheExpectedViolations(Fixture fixture) throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(fixture.markdown());
        files.addAll(fixture.companions());
        SpecLinter linter = linterFor(fixture);
        LintResult result = linter.lint(files);
        String self = linter.display(fixture.markdown());

        List<Violation> own = result.violations().stream()
                .filter(v -> v.file().equals(self))
                .filter(v -> v.rule().equals(fixture.ruleId()) || v.rule().equals("internal-error"))
                .toList();
        List<String> expected = fixture.expected();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            Violation v = own.get(i);
            String where = v.line() + ":" + v.column() + " " + v.rule();
            // an expected line may go on with a fragment of the message, as Checkstyle's tests assert text
            String fragment = i < expected.size() && expected.get(i).startsWith(where + " ")
                    ? expected.get(i).substring(where.length() + 1) : null;
            actual.add(fragment != null && v.message().contains(fragment) ? where + " " + fragment : where);
        }
        assertThat(actual)
                .as("violations of %s in %s; all violations: %s", fixture.ruleId(), fixture.markdown(),
                        result.violations())
                .containsExactlyElementsOf(fixture.expected());
    }

    static SpecLinter linterFor(Fixture fixture) throws Exception {
        LintConfig config = FixtureConfigs.load(fixture);
        return SpecLinter.builder().config(config).baseDir(Path.of("")).threads(1).build();
    }
}
