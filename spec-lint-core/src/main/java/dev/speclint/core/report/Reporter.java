package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link LintResult} in one format. Implementations are stateless. */
public interface Reporter {

    /**
     * The format's name, as given to {@code --format} and {@code outputFileFormat}.
     *
     * @return a lower-case name, unique among the reporters ({@code text}, {@code sarif}, ...)
     */
    String format();

    /**
     * The usual file name extension of a report in this format, without the dot (default {@code txt}).
     *
     * @return the extension, e.g. {@code json}
     */
    default String fileExtension() {
        return "txt";
    }

    /**
     * Writes {@code result} to {@code out}. Does not close {@code out}.
     *
     * @param result the run's findings and files
     * @param context what the report may need beyond the result: rule descriptions, tool version,
     *     doc links, colour, base directory
     * @param out where the report goes
     * @throws IOException when writing to {@code out} fails
     */
    void write(LintResult result, ReportContext context, Writer out) throws IOException;
}
