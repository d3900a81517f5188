package dev.speclint.core.parse;

import dev.speclint.core.testing.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link NestingGuard}: what it neutralizes, that it keeps every offset, and that real documents pass untouched. */
class NestingGuardTest {

    @Test
    void markersPastTheCapOnOneLineBecomePlainText() {
        String line = "- ".repeat(NestingGuard.MAX_DEPTH + 3) + "x";
        String limited = NestingGuard.limit(SourceText.of(line));
        assertThat(limited).hasSameSizeAs(line);
        assertThat(limited).startsWith("- ".repeat(NestingGuard.MAX_DEPTH) + "x x x x");
    }

    @Test
    void quotesAndOrderedMarkersCountToo() {
        String quotes = ">".repeat(NestingGuard.MAX_DEPTH + 1) + " q";
        assertThat(NestingGuard.limit(SourceText.of(quotes))).isEqualTo(">".repeat(NestingGuard.MAX_DEPTH) + "x q");
        String ordered = "1. ".repeat(NestingGuard.MAX_DEPTH + 1) + "q";
        assertThat(NestingGuard.limit(SourceText.of(ordered))).isEqualTo("1. ".repeat(NestingGuard.MAX_DEPTH) + "xx q");
    }

    @Test
    void aMarkerIndentedPastTheColumnCapBecomesPlainText() {
        String deep = " ".repeat(NestingGuard.MAX_MARKER_COLUMN) + "- item\n";
        String tabs = "\t".repeat(NestingGuard.MAX_MARKER_COLUMN / 4) + "> quote\n";
        String shallow = " ".repeat(NestingGuard.MAX_MARKER_COLUMN - 1) + "- item\n";
        assertThat(NestingGuard.limit(SourceText.of(deep))).isEqualTo(" ".repeat(NestingGuard.MAX_MARKER_COLUMN) + "x item\n");
        assertThat(NestingGuard.limit(SourceText.of(tabs))).isEqualTo("\t".repeat(NestingGuard.MAX_MARKER_COLUMN / 4) + "x quote\n");
        assertThat(NestingGuard.limit(SourceText.of(shallow))).isSameAs(shallow);
    }

    @Test
    void everyLineIsCheckedWhereverItIs() {
        String deep = ">".repeat(NestingGuard.MAX_DEPTH + 1) + " q";
        String cut = ">".repeat(NestingGuard.MAX_DEPTH) + "x q";
        assertThat(NestingGuard.limit(SourceText.of("a\n" + deep + "\nb\n"))).isEqualTo("a\n" + cut + "\nb\n");
        assertThat(NestingGuard.limit(SourceText.of("a\n\n" + deep))).isEqualTo("a\n\n" + cut);
        assertThat(NestingGuard.limit(SourceText.of(deep + "\n" + deep + "\n"))).isEqualTo(cut + "\n" + cut + "\n");
        assertThat(NestingGuard.limit(SourceText.of("\n\n\n" + deep + "\n\n"))).isEqualTo("\n\n\n" + cut + "\n\n");
    }

    @Test
    void ordinaryMarkdownIsReturnedAsIs() {
        for (String md : List.of("", "- a\n  - b\n    - c\n", "> > > q\n", "1. a\n   1) b\n", "-not a marker\n",
                "    - code\n", "* * *\n")) {
            assertThat(NestingGuard.limit(SourceText.of(md))).isSameAs(md);
        }
    }

    @Test
    void noCorpusFileIsChanged() throws IOException {
        assumeTrue(Files.isDirectory(SharedCorpus.DIR), "the shared corpus is not at " + SharedCorpus.DIR);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedCorpus.DIR)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = SourceText.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).text();
            assertThat(NestingGuard.limit(SourceText.of(text))).as(f.toString()).isSameAs(text);
        }
    }
}
