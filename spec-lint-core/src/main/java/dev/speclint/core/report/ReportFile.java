package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report to a file, UTF-8, atomically: into a temporary file in the same directory, then
 * moved over the target, so a reader never sees half a report. Missing parent directories are
 * created.
 */
public final class ReportFile {

    private ReportFile() {
    }

    /** Writes {@code result} in {@code reporter}'s format to {@code file}. */
    public static void write(Path file, Reporter reporter, LintResult result, ReportContext context)
            throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                reporter.write(result, context, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
