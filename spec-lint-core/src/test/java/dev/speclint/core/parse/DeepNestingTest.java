package dev.speclint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.speclint.core.document.SpecDocument;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile nesting neither overflows the stack nor hangs. The time bound is a hang guard, far above
 * the measured time (about a second each on the development machine), not a benchmark.
 */
class DeepNestingTest {

    private static String nested(String kind, int depth) {
        StringBuilder sb = new StringBuilder("# Deep\n\n");
        switch (kind) {
            case "quote" -> sb.append(">".repeat(depth)).append(" deep [Name]\n");
            case "list" -> sb.append("- ".repeat(depth)).append("deep [Name]\n");
            case "ordered" -> sb.append("1. ".repeat(depth)).append("deep\n");
            case "mixed" -> sb.append("> - ".repeat(depth / 2)).append("deep\n");
            case "emphasis" -> sb.append("*".repeat(depth)).append("x").append("*".repeat(depth)).append('\n');
            case "brackets" -> sb.append("[".repeat(depth)).append("x").append("]".repeat(depth)).append('\n');
            default -> throw new IllegalArgumentException(kind);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"quote,50000", "list,50000", "ordered,50000", "mixed,50000", "emphasis,50000", "brackets,50000",
        "quote,100000", "list,100000", "emphasis,100000", "brackets,100000"})
    void parsesWithoutStackOverflowOrHang(String kind, int depth) {
        String markdown = nested(kind, depth);
        SpecDocument d = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new SpecParser().parse("deep.md", markdown));
        assertThat(d.sections()).hasSize(1);
        assertThat(d.lineCount()).isEqualTo(3);
        assertThat(d.proseLines().get(2)).hasSameSizeAs(d.lines().get(2));
    }
}
