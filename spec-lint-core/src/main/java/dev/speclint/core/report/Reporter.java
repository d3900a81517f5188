package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link LintResult} in one format. Implementations are stateless. */
public interface Reporter {

    /** The format's name, as given to {@code --format} and {@code outputFileFormat}. */
    String format();

    /** The usual file name extension of a report in this format, without the dot (default {@code txt}). */
    default String fileExtension() {
        return "txt";
    }

    /** Writes {@code result} to {@code out}. Does not close {@code out}. */
    void write(LintResult result, ReportContext context, Writer out) throws IOException;
}
