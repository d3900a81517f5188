package dev.speclint.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.FileCollector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code **}{@code /} stands for zero or more folders wherever it is. */
class GlobsTest {

    private static boolean matches(String glob, String path) {
        return Globs.of(List.of(glob)).matches(Path.of(path));
    }

    @Test
    void doubleStarSlashInTheMiddleMatchesZeroFolders() {
        assertThat(matches("docs/adr/**/*.md", "docs/adr/ADR-001.md")).isTrue();
        assertThat(matches("docs/adr/**/*.md", "docs/adr/2024/ADR-002.md")).isTrue();
        assertThat(matches("docs/adr/**/*.md", "docs/adr/2024/q1/ADR-003.md")).isTrue();
        assertThat(matches("docs/adr/**/*.md", "docs/other/ADR-001.md")).isFalse();
    }

    @Test
    void leadingAndRepeatedDoubleStarsMatchZeroFolders() {
        assertThat(matches("**/*.md", "a.md")).isTrue();
        assertThat(matches("**/specs/**/*.md", "specs/a.md")).isTrue();
        assertThat(matches("**/specs/**/*.md", "x/specs/y/a.md")).isTrue();
        assertThat(matches("**/specs/**/*.md", "x/other/a.md")).isFalse();
        // only a whole `**/` segment is dropped: `a**/b` is not one
        assertThat(Globs.zeroFolderVariants("a**/b")).containsExactly("a**/b");
    }

    @Test
    void excludesGetTheSameRule(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("docs/adr"));
        java.nio.file.Files.writeString(dir.resolve("docs/adr/ADR-001.md"), "# A\n");
        java.nio.file.Files.writeString(dir.resolve("docs/b.md"), "# B\n");
        List<Path> files = new FileCollector(List.of("docs/adr/**/*.md"), List.of())
                .collect(List.of(dir), new java.util.ArrayList<>());
        assertThat(files).containsExactly(dir.resolve("docs/adr/ADR-001.md"));
        assertThat(new FileCollector(List.of("**/*.md"), List.of("docs/adr/**/*.md"))
                .collect(List.of(dir), new java.util.ArrayList<>())).containsExactly(dir.resolve("docs/b.md"));
    }
}
