package dev.speclint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The PATH arguments of a command that reads specs: the current directory when none is given. */
final class Targets {

    private Targets() {
    }

    /**
     * The paths to read, or empty after naming on {@code err} each one that does not exist: a
     * mistyped path stops the run before anything is read or written.
     */
    static Optional<List<Path>> existing(List<Path> paths, PrintWriter err) {
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<Path> missing = targets.stream().filter(p -> !Files.exists(p)).toList();
        missing.forEach(p -> err.println("spec-lint: " + p + ": no such file or directory"));
        return missing.isEmpty() ? Optional.of(targets) : Optional.empty();
    }
}
