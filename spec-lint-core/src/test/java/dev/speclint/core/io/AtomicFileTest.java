package dev.speclint.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writeNewCreatesParentsAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("docs/specs/a.md");

        AtomicFile.writeNew(target, text("# Ä\n"));

        assertThat(Files.readString(target)).isEqualTo("# Ä\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.md");
        }
    }

    @Test
    void writeNewNeverOverwrites() throws Exception {
        Path target = dir.resolve("a.md");
        Files.writeString(target, "mine");

        assertThatThrownBy(() -> AtomicFile.writeNew(target, text("theirs"))).isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void writeReplacesAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("cache/a.bin");
        AtomicFile.write(target, text("old"));

        AtomicFile.write(target, text("new"));

        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.bin");
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileWhole() throws Exception {
        Path target = dir.resolve("a.bin");
        AtomicFile.write(target, text("old"));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    private static AtomicFile.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
