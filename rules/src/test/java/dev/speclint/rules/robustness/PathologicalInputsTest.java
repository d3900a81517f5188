package dev.speclint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.EngineRules;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and odd inputs, linted with every built-in rule: each gives a clean result or a violation of its own
 * naming the file, never an exception, an {@code internal-error}, a stack overflow, running out of memory or a hang,
 * and the other files of the run are still linted. The time bounds are hang guards far above the measured times
 * (printed), not benchmarks.
 */
class PathologicalInputsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final Path CLEAN_SPEC = Path.of("..", "examples", "SPEC-PAY-101-payment-retries.md");

    @TempDir
    Path dir;

    private static SpecLinter linter(LintConfig config, Path baseDir) {
        try {
            return SpecLinter.builder().config(config).baseDir(baseDir).threads(2).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T timed(String what, Supplier<T> task) {
        long start = System.nanoTime();
        T result = assertTimeoutPreemptively(HANG_GUARD, task::get);
        System.out.printf("pathological: %-28s %6d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void assertNoInternalError(LintResult result) {
        assertThat(result.violations()).noneMatch(v -> v.rule().equals(EngineRules.INTERNAL_ERROR.id()));
    }

    private static String nested(String kind, int depth) {
        return "# Deep\n\n" + switch (kind) {
            case "quotes" -> ">".repeat(depth) + " deep [Name]\n";
            case "lists" -> "- ".repeat(depth) + "deep [Name]\n";
            case "ordered" -> "1. ".repeat(depth) + "deep\n";
            case "emphasis" -> "*".repeat(depth) + "x" + "*".repeat(depth) + "\n";
            case "strong" -> "__".repeat(depth) + "x" + "__".repeat(depth) + "\n";
            case "brackets" -> "[".repeat(depth) + "x" + "]".repeat(depth) + "\n";
            case "links" -> "[a](".repeat(depth) + "x" + ")".repeat(depth) + "\n";
            // across lines a level costs a line and two columns more: 2,000 levels are 4 MB
            case "list-lines" -> buildLines(Math.min(depth, 2_000), i -> "  ".repeat(i) + "- item [x]\n");
            case "quote-lines" -> buildLines(Math.min(depth, 2_000), i -> ">".repeat(i) + " quote\n");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String buildLines(int n, java.util.function.IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "100,000-deep {0}")
    @ValueSource(strings = {"quotes", "lists", "ordered", "emphasis", "strong", "brackets", "links", "quote-lines",
        "list-lines"})
    void deepNesting(String kind) {
        String markdown = nested(kind, 100_000);
        SpecLinter linter = linter(LintConfig.defaults(), dir);
        LintResult result = timed("100,000-deep " + kind, () -> linter.lintText("deep.md", markdown));
        assertNoInternalError(result);
    }

    private LintResult lintOne(String what, String fileName, String markdown) throws IOException {
        Files.writeString(dir.resolve(fileName), markdown);
        SpecLinter linter = linter(LintConfig.defaults(), dir);
        LintResult result = timed(what, () -> linter.lint(List.of(dir)));
        assertNoInternalError(result);
        assertThat(result.files()).containsExactly(fileName);
        return result;
    }

    @Test
    void aTenMegabyteSingleLine() throws IOException {
        int repeats = 10_000_000 / "word [x] ".length();
        lintOne("10 MB single line", "line.md", "# T\n\n" + "word [x] ".repeat(repeats) + "\n");
    }

    @Test
    void oneMegabyteOfOpenBrackets() throws IOException {
        lintOne("1 MB of [", "brackets.md", "[".repeat(1 << 20));
    }

    @Test
    void oneHundredThousandHeadings() throws IOException {
        LintResult r = lintOne("100,000 headings", "headings.md",
                buildLines(100_000, i -> "#".repeat(1 + i % 6) + " Heading " + i + "\n\ntext\n\n"));
        assertThat(r.violations()).isNotEmpty();
    }

    @Test
    void oneHundredThousandTableRows() throws IOException {
        lintOne("100,000 table rows", "table.md",
                "# T\n\n| a | b |\n|---|---|\n" + buildLines(100_000, i -> "| " + i + " | [x] |\n"));
    }

    @Test
    void oneHundredThousandSetextHeadingsAndLongParagraph() throws IOException {
        lintOne("100,000-line paragraph", "para.md", "# T\n\n" + buildLines(100_000, i -> "line " + i + "\n")
                + "---\n");
    }

    @Test
    void aFileOverTheConfiguredLimitIsReportedAndTheOthersLinted() throws Exception {
        Files.copy(CLEAN_SPEC, dir.resolve("good.md"));
        Files.writeString(dir.resolve("big.md"), "# Big\n\n" + "x".repeat(40_000) + "\n");
        LintConfig config = ConfigLoader.parse("maxFileBytes: 32768\n", dir.resolve("spec-lint.yaml"));
        LintResult result = timed("file over maxFileBytes", () -> linter(config, dir).lint(List.of(dir)));
        assertThat(result.files()).containsExactly("big.md", "good.md");
        assertThat(result.violations()).filteredOn(x -> x.file().equals("good.md")).isEqualTo(alone("good.md"));
        assertThat(result.violations()).filteredOn(x -> x.file().equals("big.md")).extracting(Violation::file, Violation::rule, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("big.md", EngineRules.FILE_TOO_LARGE.id(),
                        "file is 40008 bytes, over the limit of 32768 bytes: raise maxFileBytes or exclude the file"));
    }

    /** Every odd entry in one tree: each reports itself (or is clean), and the clean spec beside them stays clean. */
    @Test
    void oddFilesInATreeEachReportThemselvesAndTheOthersAreLinted() throws IOException {
        Files.copy(CLEAN_SPEC, dir.resolve("good.md"));
        byte[] binary = new byte[64 * 1024];
        new Random(7).nextBytes(binary);
        Files.write(dir.resolve("binary.md"), binary);
        Files.write(dir.resolve("nul-bytes.md"), "# T\n\n\0\0\0 text \u0001\u0002\n".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("x.md"));
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("missing-target.md"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Files.write(dir.resolve("empty.md"), new byte[0]);
        Files.write(dir.resolve("bom.md"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        LintResult result = timed("odd files in a tree", () -> linter(LintConfig.defaults(), dir).lint(List.of(dir)));

        assertNoInternalError(result);
        // the loop is not followed a second time: every real file once; a directory named x.md is walked, not read
        assertThat(result.files()).containsExactly("binary.md", "bom.md", "dangling.md", "empty.md", "good.md",
                "nul-bytes.md");
        assertThat(result.violations()).filteredOn(v -> v.file().equals("good.md")).isEqualTo(alone("good.md"));
        assertThat(only(result, "binary.md").rule()).isEqualTo(EngineRules.INVALID_ENCODING.id());
        assertThat(only(result, "dangling.md").message()).contains("broken symbolic link");
        // an empty file and a lone BOM are the same empty document: the rules' findings, the same for both
        assertThat(result.violations()).filteredOn(v -> v.file().equals("bom.md"))
                .extracting(Violation::line, Violation::column, Violation::rule, Violation::message)
                .containsExactlyElementsOf(result.violations().stream().filter(v -> v.file().equals("empty.md"))
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.line(), v.column(), v.rule(), v.message()))
                        .toList());
    }

    @Test
    void aDirectoryNamedLikeMarkdownOnTheCommandLineIsWalked() throws IOException {
        Files.createDirectories(dir.resolve("x.md"));
        Files.createDirectories(dir.resolve("y.md"));
        Files.writeString(dir.resolve("y.md/inner.md"), "# Inner\n");
        Files.copy(CLEAN_SPEC, dir.resolve("good.md"));
        LintResult result = linter(LintConfig.defaults(), dir)
                .lint(List.of(dir.resolve("x.md"), dir.resolve("y.md"), dir.resolve("good.md")));
        assertThat(result.files()).containsExactly("good.md", "y.md/inner.md");
        assertThat(result.violations()).filteredOn(x -> x.file().equals("good.md")).isEqualTo(alone("good.md"));
        assertThat(result.violations()).filteredOn(x -> x.file().equals("y.md/inner.md")).isNotEmpty();
    }

    /** The violations of {@code file} linted on its own. */
    private List<Violation> alone(String file) {
        return linter(LintConfig.defaults(), dir).lint(List.of(dir.resolve(file))).violations();
    }

    private static Violation only(LintResult result, String file) {
        List<Violation> found = result.violations().stream().filter(v -> v.file().equals(file)).toList();
        assertThat(found).as(file).hasSize(1);
        return found.get(0);
    }

    @Test
    void anUnreadableFileIsAReadError() throws IOException {
        Path file = dir.resolve("secret.md");
        Files.writeString(file, "# Secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        boolean readable;
        try {
            Files.readAllBytes(file);
            readable = true;
        } catch (AccessDeniedException e) {
            readable = false;
        }
        assumeTrue(!readable, "running as root: file permissions do not stop reads");
        Files.copy(CLEAN_SPEC, dir.resolve("good.md"));
        LintResult result = linter(LintConfig.defaults(), dir).lint(List.of(dir));
        assertThat(result.files()).containsExactly("good.md", "secret.md");
        assertThat(only(result, "secret.md").message()).isEqualTo("permission denied: make the file readable");
    }
}
