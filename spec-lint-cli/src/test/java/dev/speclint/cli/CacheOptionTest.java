package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --cache FILE}. */
class CacheOptionTest {

    @TempDir
    Path dir;

    private static String withoutTime(String out) {
        return out.replaceAll("\\(\\d+\\.\\d+ s(, \\d+ from cache)?\\)", "(time)");
    }

    @Test
    void aSecondRunWithTheCacheReportsTheSameAndADamagedCacheIsOnlyAWarning() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("a.md"), "# [Feature Name]\n\n**Status:** Draft\n\n## Overview\n\nXXX\n");
        Files.writeString(specs.resolve("b.md"), "# B\n\n## Overview\n\nSee [the other](a.md) and [gone](gone.md).\n");
        String cache = dir.resolve("spec-lint.cache").toString();
        Cli plain = Cli.run("lint", "--no-color", specs.toString());

        Cli first = Cli.run("lint", "--no-color", "--cache", cache, specs.toString());
        Cli second = Cli.run("lint", "--no-color", "--cache", cache, specs.toString());

        assertThat(plain.code()).isEqualTo(1);
        assertThat(first.code()).isEqualTo(1);
        assertThat(second.code()).isEqualTo(1);
        assertThat(withoutTime(second.out())).isEqualTo(withoutTime(first.out())).isEqualTo(withoutTime(plain.out()))
                .contains("gone.md");
        assertThat(second.err()).isEmpty();
        assertThat(first.out()).doesNotContain("from cache");
        assertThat(second.out()).containsPattern("\\(\\d+\\.\\d+ s, \\d+ from cache\\)");

        Files.writeString(Path.of(cache), "garbage");
        Cli damaged = Cli.run("lint", "--no-color", "--cache", cache, specs.toString());

        assertThat(damaged.code()).isEqualTo(1);
        assertThat(withoutTime(damaged.out())).isEqualTo(withoutTime(plain.out()));
        assertThat(damaged.err()).startsWith("spec-lint: warning: cache " + cache + " ignored");
    }
}
