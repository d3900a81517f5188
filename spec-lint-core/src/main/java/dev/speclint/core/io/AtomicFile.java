package dev.speclint.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that no reader ever sees half of it: the content goes to a temporary file in the
 * same directory, which is then moved (or linked) into place. On failure the previous file is left
 * whole and the temporary file is removed. Parent directories are created.
 */
public final class AtomicFile {

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Replaces {@code file} with what {@code content} writes (atomically where the file system can). */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = temp(target, content);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code file} with what {@code content} writes; an existing file is never replaced.
     *
     * @throws FileAlreadyExistsException when {@code file} exists, even if it appeared while writing
     */
    public static void writeNew(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path temp = temp(target, content);
        try {
            try {
                // a hard link fails atomically when the target exists
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException | SecurityException e) {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                // file systems without hard links: a plain move still refuses an existing target
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file beside {@code target} holding what {@code content} writes. */
    private static Path temp(Path target, Content content) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
