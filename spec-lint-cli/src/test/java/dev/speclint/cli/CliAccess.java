package dev.speclint.cli;

/** The in-process CLI ({@link Cli}) for tests in sub-packages. */
public final class CliAccess {

    private CliAccess() {
    }

    /** A run's exit code and output. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        Cli c = Cli.run(args);
        return new Run(c.code(), c.out(), c.err());
    }
}
