package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            reporter.write(result, context, out);
            out.flush();
        });
    }
}
