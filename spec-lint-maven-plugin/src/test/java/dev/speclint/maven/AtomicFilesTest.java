package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeNewCreatesParentsAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("docs/specs/a.md");

        AtomicFiles.writeNew(target, "# Ä\n");

        assertThat(Files.readString(target)).isEqualTo("# Ä\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.md");
        }
    }

    @Test
    void aScaffoldedSpecHasThePermissionsOfAPlainWrite() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path plain = Files.writeString(dir.resolve("plain.md"), "x");
        Path target = dir.resolve("SPEC-X-1-a.md");
        AtomicFiles.writeNew(target, "# A\n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isNotEqualTo("rw-------");
    }

    @Test
    void writeNewNeverOverwrites() throws Exception {
        Path target = dir.resolve("a.md");
        Files.writeString(target, "mine");

        assertThatThrownBy(() -> AtomicFiles.writeNew(target, "theirs")).isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
