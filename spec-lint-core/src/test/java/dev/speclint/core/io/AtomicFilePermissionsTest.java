package dev.speclint.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written atomically get the permissions a plain write gives, not the temp file's owner-only ones. */
class AtomicFilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileHasThePermissionsOfAPlainWrite() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path atomic = dir.resolve("report.json");
        AtomicFile.write(atomic, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(atomic)).isEqualTo("{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(atomic)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)))
                .isNotEqualTo("rw-------");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt", "report.json");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path file = Files.writeString(dir.resolve("cache"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(file, out -> out.write('n'));
        assertThat(Files.readString(file)).isEqualTo("n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aScaffoldedSpecHasThePermissionsOfAPlainWrite() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path plain = Files.writeString(dir.resolve("plain.md"), "x");
        Path target = dir.resolve("SPEC-X-1-a.md");
        AtomicFile.writeNew(target, out -> out.write("# A\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isNotEqualTo("rw-------");
    }
}
