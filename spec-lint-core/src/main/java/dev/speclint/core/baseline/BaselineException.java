package dev.speclint.core.baseline;

import java.nio.file.Path;

/** A baseline file that cannot be read or is not a spec-lint baseline; the message names the file and line. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem at a line of {@code file} (0 when not known). */
    public BaselineException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public BaselineException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
