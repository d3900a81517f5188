package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
        List<ExpectedViolation> expected = fixture.expected();
        // positions first: a missing or extra violation is one diff of the two lists
        assertThat(own.stream().map(ExpectedViolation::where).toList())
                .as("violations of %s in %s (%s); actual, with messages:%n%s%nall violations: %s",
                        fixture.ruleId(), fixture.markdown(), fixture.expectedFile(), asExpectedLines(own),
                        result.violations())
                .containsExactlyElementsOf(expected.stream().map(ExpectedViolation::where).toList());
        // then each fragment against the message of the violation at its position
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            ExpectedViolation e = expected.get(i);
            String message = own.get(i).message();
            if (!e.accepts(message)) {
                misses.add(String.format("%s: %s%n  expected fragment: %s%n  actual message:    %s",
                        e.source(), e.where(), e.fragment(), message));
            }
        }
        if (!misses.isEmpty()) {
            fail("message fragments of %s not found:%n%s", fixture, String.join(System.lineSeparator(), misses));
        }
    }

    /** The violations as {@code .expected} lines with their whole messages, to copy a fragment from. */
    private static String asExpectedLines(List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        for (Violation v : violations) {
            out.append("  ").append(ExpectedViolation.where(v)).append(' ').append(v.message())
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    static SpecLinter linterFor(Fixture fixture) throws Exception {
        LintConfig config = FixtureConfigs.load(fixture);
        return SpecLinter.builder().config(config).baseDir(Path.of("")).threads(1).build();
    }
}
