package dev.speclint.lsp.lint;

import dev.speclint.core.engine.SpecLinter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The linter of a document's config, or why there is none.
 *
 * @param configFile the config file, empty for the built-in profile
 * @param baseDir where relative names and {@code profiles:} globs are taken from
 * @param linter the linter, empty when the config cannot be used
 * @param notices what the config file's diagnostics say (empty when all is well)
 */
public record ResolvedLinter(Optional<Path> configFile, Path baseDir, Optional<SpecLinter> linter,
        List<ConfigNotice> notices) {

    public ResolvedLinter {
        notices = List.copyOf(notices);
    }

    /** The name a document at {@code file} is linted under: relative to the base directory when inside it. */
    public String nameOf(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
