package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.Reporter;
import dev.speclint.core.report.Reporters;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format gives the same bytes however many threads lint, and whether results come from
 * the cache or not, with the built-in rules (cross-file duplicate-spec-id included) on many specs.
 */
class DeterministicReportTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    @BeforeEach
    void specs() throws Exception {
        // the example specs in 12 folders: the same Spec IDs twelve times, so the cross-file rule reports too
        List<Path> examples;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            examples = s.filter(p -> p.getFileName().toString().startsWith("SPEC-")).sorted().toList();
        }
        for (int i = 0; i < 12; i++) {
            Path sub = Files.createDirectories(dir.resolve("team-" + i));
            for (Path e : examples) {
                String text = Files.readString(e);
                if (i % 3 == 1) {
                    text = "<!-- spec-lint-disable-file duplicate-spec-id -->\n" + text;
                }
                Files.writeString(sub.resolve(e.getFileName()), text);
            }
        }
    }

    private SpecLinter.Builder builder(int threads) {
        return SpecLinter.builder().baseDir(dir).threads(threads);
    }

    /** Every format's report of {@code result}, its elapsed time fixed (the only part that may differ). */
    private static Map<String, String> reports(LintResult result, SpecLinter linter) throws Exception {
        LintResult fixed = new LintResult(result.violations(), result.files(), Duration.ofMillis(1234),
                result.lineTexts(), 0);
        Map<String, String> out = new LinkedHashMap<>();
        for (String format : Reporters.formats()) {
            Reporter reporter = Reporters.forFormat(format).orElseThrow();
            StringWriter w = new StringWriter();
            reporter.write(fixed, ReportContext.of(linter, false), w);
            out.put(format, w.toString());
        }
        return out;
    }

    @Test
    void oneThreadAndManyGiveTheSameReportBytes() throws Exception {
        SpecLinter one = builder(1).build();
        Map<String, String> reference = reports(one.lint(List.of(dir)), one);
        assertThat(reference.get("text")).contains("duplicate-spec-id", "unfilled-placeholder");

        for (int threads : new int[] {2, 5}) {
            SpecLinter many = builder(threads).build();
            assertThat(reports(many.lint(List.of(dir)), many)).isEqualTo(reference);
        }
    }

    @Test
    void resultsFromTheCacheGiveTheSameReportBytes() throws Exception {
        SpecLinter plain = builder(2).build();
        Map<String, String> reference = reports(plain.lint(List.of(dir)), plain);
        Path cache = dir.resolve(".cache/spec-lint.bin");
        List<String> warnings = new ArrayList<>();

        SpecLinter cold = builder(2).cache(cache).warnings(warnings::add).build();
        assertThat(reports(cold.lint(List.of(dir)), cold)).isEqualTo(reference);
        SpecLinter warm = builder(3).cache(cache).warnings(warnings::add).build();
        assertThat(reports(warm.lint(List.of(dir)), warm)).isEqualTo(reference);
        assertThat(warnings).isEmpty();
        assertThat(cache).isRegularFile();
    }
}
