package dev.speclint.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates a file so that a reader never sees half of it and an existing file is never replaced: the
 * text goes to a temporary file in the same directory, which is then hard-linked into place.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, which must not exist; creates parent folders.
     *
     * @throws FileAlreadyExistsException when {@code target} exists, even if it appeared while writing
     */
    static void writeNew(Path target, String text) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = temp(target, text);
        try {
            try {
                // a hard link fails atomically when the target exists
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | SecurityException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException e) {
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                // file systems without hard links: a plain move still refuses an existing target
                Files.move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temp(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stay on the new spec
        Path tmp = dev.speclint.core.io.AtomicFile.newTempFile(dir, abs);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        return tmp;
    }
}
