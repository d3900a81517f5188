package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every spec sharing a Spec ID is reported, each naming the others. */
class DuplicateSpecIdRuleTest {

    private static final Path DIR = Fixture.ROOT.resolve("duplicate-spec-id");

    private static final List<Path> FILES = List.of(DIR.resolve("shared-id.md"), DIR.resolve("shared-id.copy.companion.md"));

    private static List<Violation> duplicates(LintResult result) {
        return result.violations().stream().filter(v -> v.rule().equals("duplicate-spec-id")).toList();
    }

    @Test
    void eachSpecWithTheSharedIdIsReportedNamingTheOther() throws Exception {
        SpecLinter linter = SpecLinter.builder().baseDir(DIR).threads(1).build();
        List<Violation> found = duplicates(linter.lint(FILES));
        assertThat(found).extracting(v -> v.file() + ":" + v.line() + ":" + v.column())
                .containsExactly("shared-id.copy.companion.md:3:14", "shared-id.md:3:14");
        assertThat(found.get(0).message()).contains("'spec-pay-101'", "shared-id.md:3");
        assertThat(found.get(1).message()).contains("'SPEC-PAY-101'", "shared-id.copy.companion.md:3");
    }

    /** Reading metadata only lets a run keep document skeletons; a run of cached files has only those. */
    @Test
    void readsMetadataOnlySoSkeletonsFromTheCacheFindTheSame(@TempDir Path tmp) throws Exception {
        assertThat(new DuplicateSpecIdRule().readsMetadataOnly()).isTrue();
        Path cache = tmp.resolve("cache");
        List<Violation> cold = duplicates(SpecLinter.builder().baseDir(DIR).threads(1).cache(cache).build().lint(FILES));
        LintResult warm = SpecLinter.builder().baseDir(DIR).threads(1).cache(cache).build().lint(FILES);
        assertThat(warm.cachedFiles()).isEqualTo(2);
        assertThat(duplicates(warm)).isEqualTo(cold).hasSize(2);
    }
}
