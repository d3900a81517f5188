package dev.speclint.cli;

/** A failure the user can fix (config, template, I/O): printed as its message, exit code 2. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message, Throwable cause) {
        super(message, cause);
    }

    CliFailure(String message) {
        super(message);
    }
}
