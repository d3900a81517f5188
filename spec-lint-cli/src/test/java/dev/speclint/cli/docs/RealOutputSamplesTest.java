package dev.speclint.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.cli.SpecLintCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every block after a {@code <!-- real-output: spec-lint ARGS -->} comment in the README and docs/ is
 * what that command prints (stdout, then stderr), run from the repository root in a JVM of its own.
 * A line of the sample that starts with {@code …} stands for any number of lines. The run's time
 * ({@code (0.31 s)}) is not compared, and the repository's absolute location is written
 * {@code /home/me/project}.
 */
class RealOutputSamplesTest {

    private static final Pattern TIME = Pattern.compile("\\(\\d+(?:\\.\\d+)? s\\)");

    static Stream<Docs.Block> samples() {
        return Docs.blocks().stream().filter(b -> b.realOutput().isPresent());
    }

    @Test
    void theReadmeAndTheReportsPageHaveSamples() {
        assertThat(samples().map(b -> b.file().toString())).contains("README.md", "docs/reports.md", "docs/cli.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isWhatTheCommandPrints(Docs.Block block) throws Exception {
        String command = block.realOutput().orElseThrow();
        String actual = normalise(run(command));
        String expected = normalise(block.text());
        assertThat(matches(expected, actual)).as("%s: '%s' printed\n%s\nbut the sample is\n%s", block, command,
                actual, expected).isTrue();
    }

    @Test
    void anEllipsisLineStandsForAnyLines() {
        assertThat(matches("a\n…\nd\n", "a\nb\nc\nd\n")).isTrue();
        assertThat(matches("a\n  …,\nd\n", "a\nd\n")).isTrue();
        assertThat(matches("a\n…\nd\n", "a\nb\nc\n")).isFalse();
        assertThat(matches("a\nc\n", "a\nb\nc\n")).isFalse();
    }

    /** Whether {@code actual} has the lines of {@code expected}, each {@code …} line any run of lines. */
    static boolean matches(String expected, String actual) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected.split("\n")) {
            regex.append(line.strip().startsWith("…") ? "(?:[^\n]*\n)*?" : Pattern.quote(line) + "\n");
        }
        return Pattern.compile(regex.toString()).matcher(actual.endsWith("\n") ? actual : actual + "\n").matches();
    }

    private static String normalise(String text) {
        String rootUri = Docs.ROOT.toUri().toString();
        return TIME.matcher(text.replace(rootUri, "file:///home/me/project/")).replaceAll("(TIME)");
    }

    /** Runs {@code spec-lint ARGS} from the repository root, as a user would. */
    private static String run(String command) throws Exception {
        List<String> words = Arrays.asList(command.strip().split("\\s+"));
        assertThat(words.get(0)).as("a real-output command starts with spec-lint").isEqualTo("spec-lint");
        List<String> process = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), SpecLintCommand.class.getName()));
        process.addAll(words.subList(1, words.size()));
        ProcessBuilder pb = new ProcessBuilder(process).directory(Docs.ROOT.toFile());
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        // small outputs: read both streams after the end is safe only when they fit the pipe, so read out first
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("'%s' ends", command).isTrue();
        return new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
    }
}
