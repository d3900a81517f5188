package dev.speclint.rules.robustness;

import dev.speclint.core.testing.SharedCorpus;
import dev.speclint.core.testing.CommonMarkExamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.EngineRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared real-world corpus lints with the default profile and every built-in rule without an
 * exception or an {@code internal-error}, and the report is the same with one thread and with several. So does every
 * example of the CommonMark spec, as a document of its own.
 */
class CorpusSweepTest {

    static final Path CORPUS = SharedCorpus.DIR;

    private static SpecLinter linter(int threads) throws Exception {
        // every file, not only *.md: the corpus also holds YAML and the spec's .txt
        LintConfig config = LintConfig.defaults().withFiles(List.of("**/*"), List.of());
        return SpecLinter.builder().config(config).baseDir(CORPUS).threads(threads).build();
    }

    @Test
    void everyCorpusFileLintsTheSameWithOneAndManyThreads() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not at " + CORPUS.toAbsolutePath());

        LintResult one = linter(1).lint(List.of(CORPUS));
        LintResult many = linter(4).lint(List.of(CORPUS));

        System.out.printf("corpus sweep: %d files, %d violations; 1 thread %d ms, 4 threads %d ms%n",
                one.files().size(), one.violations().size(), one.elapsed().toMillis(), many.elapsed().toMillis());
        assertThat(one.files()).hasSizeGreaterThan(1000);
        assertThat(one.violations()).noneMatch(v -> v.rule().equals(EngineRules.INTERNAL_ERROR.id()));
        assertThat(many.files()).isEqualTo(one.files());
        assertThat(many.violations()).isEqualTo(one.violations());
    }

    @Test
    void everyCommonMarkExampleLintsAsADocument() throws Exception {
        Path spec = CORPUS.resolve("commonmark-spec/spec.txt");
        assumeTrue(Files.isRegularFile(spec), "the CommonMark spec is not at " + spec.toAbsolutePath());
        List<String> examples = CommonMarkExamples.read(spec);
        assertThat(examples).hasSize(655);
        SpecLinter linter = linter(1);
        for (int i = 0; i < examples.size(); i++) {
            String name = "example-" + (i + 1) + ".md";
            LintResult result = linter.lintText(name, examples.get(i));
            assertThat(result.violations()).as(name + ":\n" + examples.get(i))
                    .noneMatch(v -> v.rule().equals(EngineRules.INTERNAL_ERROR.id()));
        }
    }
}
