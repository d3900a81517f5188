package dev.speclint.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes a file so that no reader ever sees half of it: the content goes to a temporary file in the
 * same directory, which is then moved (or linked) into place, atomically where the file system can.
 * On failure the previous file is left whole and the temporary file is removed. Parent directories
 * are created. The file gets the permissions a plain write would give it: those of the file it
 * replaces, else the defaults of the process's umask ({@code -rw-r--r--} under umask 022), not the
 * owner-only ones of {@link Files#createTempFile}.
 */
public final class AtomicFile {

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Replaces {@code file} with what {@code content} writes (atomically where the file system can). */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = temp(target, content);
        try {
            keepPermissions(target, temp);
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
        Path temp = newTempFile(dir, target);
        try (OutputStream out = Files.newOutputStream(temp)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * Creates an empty temporary file next to {@code target} with the default permissions (a plain
     * create, so the umask applies); the random name makes a clash unlikely and CREATE_NEW makes it safe.
     */
    public static Path newTempFile(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions, as it would when written in place. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // no POSIX permissions here: the defaults stay
            }
        }
    }
}
