package dev.speclint.cli;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run that matched no file is a mistake until told otherwise (a mistyped glob, the wrong folder):
 * it stops with exit code 2 naming the paths and globs that matched nothing, unless {@code --allow-empty}.
 */
final class EmptyRun {

    private EmptyRun() {
    }

    /**
     * @throws CliFailure when {@code result} has no file and {@code allowed} is false
     */
    static void check(LintResult result, List<Path> paths, SpecLinter linter, boolean allowed) {
        if (allowed || !result.files().isEmpty()) {
            return;
        }
        String names = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        List<String> includes = linter.config().files().includes().isEmpty() ? List.of("**/*.md") : linter.config().files().includes();
        List<String> excludes = linter.config().files().excludes();
        throw new CliFailure("no file to lint: " + names + " matched nothing (includes: " + String.join(", ", includes)
                + "; excludes: " + (excludes.isEmpty() ? "none" : String.join(", ", excludes))
                + "); check the paths and the config's includes/excludes, or pass --allow-empty");
    }
}
