package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every spec sharing a Spec ID is reported, each naming the others. */
class DuplicateSpecIdRuleTest {

    private static final Path DIR = Fixture.ROOT.resolve("duplicate-spec-id");

    @Test
    void eachSpecWithTheSharedIdIsReportedNamingTheOther() throws Exception {
        SpecLinter linter = SpecLinter.builder().baseDir(DIR).threads(1).build();
        LintResult result = linter.lint(List.of(DIR.resolve("shared-id.md"), DIR.resolve("shared-id.copy.companion.md")));

        List<Violation> found = result.violations().stream().filter(v -> v.rule().equals("duplicate-spec-id")).toList();
        assertThat(found).extracting(v -> v.file() + ":" + v.line() + ":" + v.column())
                .containsExactly("shared-id.copy.companion.md:3:14", "shared-id.md:3:14");
        assertThat(found.get(0).message()).contains("'spec-pay-101'", "shared-id.md:3");
        assertThat(found.get(1).message()).contains("'SPEC-PAY-101'", "shared-id.copy.companion.md:3");
    }
}
