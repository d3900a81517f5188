package dev.speclint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Creates files the user will edit (a config, a template copy, a new spec), never replacing one:
 * CREATE_NEW refuses a file that exists, even one that appeared since it was checked, and the file
 * gets the permissions of a plain write.
 */
final class NewFiles {

    private NewFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}, creating parent folders.
     *
     * @throws CliFailure when the file exists ({@code what} names the command) or cannot be written
     */
    static void writeNew(Path file, String text, String what) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            } catch (IOException e) {
                if (!(e instanceof FileAlreadyExistsException)) {
                    Files.deleteIfExists(file); // never leave half a file behind
                }
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new CliFailure(file + " already exists; " + what + " never overwrites a file", e);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
