package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec index of the bundled examples, linted with the default profile (technical-spec). */
class SpecIndexExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void indexOfTheExamples() throws Exception {
        SpecLinter linter = SpecLinter.builder().config(LintConfig.defaults()).baseDir(Path.of("..").toAbsolutePath().normalize())
                .build();
        LintResult result = linter.lint(List.of(EXAMPLES));
        SpecIndex index = linter.index(result);
        assertThat(index.specs()).extracting(SpecEntry::id)
                .containsExactly("SPEC-EXPORT", "SPEC-GW-4", "SPEC-NTF-7", "SPEC-PAY-101");
        assertThat(index.byStatus()).containsExactly(java.util.Map.entry("Approved", 2), java.util.Map.entry("Done", 1),
                java.util.Map.entry("Draft", 1));
        assertThat(index.byRule().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(result.violations().size());

        SpecEntry export = index.specs().get(0);
        assertThat(export.file()).isEqualTo("examples/SPEC-EXP-12-csv-export.md");
        assertThat(export.title()).isEqualTo("CSV Export for Reports");
        assertThat(export.status()).isEqualTo("Approved");
        assertThat(export.author()).isEqualTo("Amara Okafor (Analytics)");
        assertThat(export.created()).isEqualTo("2026-05-04");
        assertThat(export.checklistTicked()).isEqualTo(16);
        assertThat(export.checklistTotal()).isEqualTo(18);
        assertThat(export.checklistPercent()).isEqualTo(88);
        assertThat(export.placeholders()).isEqualTo(2);
        assertThat(export.errors()).isEqualTo(8);
        assertThat(export.warnings()).isEqualTo(1);

        SpecEntry digest = index.specs().get(2);
        assertThat(digest.status()).isEqualTo("Draft");
        assertThat(digest.sectionsPresent()).isEqualTo(digest.sectionsExpected() - 1); // it lacks one section
        assertThat(digest.checklistTicked()).isZero();

        SpecEntry clean = index.specs().get(3);
        assertThat(clean.findings()).isZero();
        assertThat(clean.sectionsPercent()).isEqualTo(100);
        assertThat(clean.byRule()).isEmpty();
    }

}
