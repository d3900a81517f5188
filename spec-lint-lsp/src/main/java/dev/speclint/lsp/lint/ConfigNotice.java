package dev.speclint.lsp.lint;

import dev.speclint.core.rule.Severity;
import java.nio.file.Path;

/**
 * Something to say about a config file, shown as a diagnostic on it: it cannot be used, or the
 * server skipped code it names.
 *
 * @param file the config file
 * @param line 1-based line the notice is about
 * @param severity error when the config cannot be used, warning when it is used without something
 * @param message what is wrong and what to do
 */
public record ConfigNotice(Path file, int line, Severity severity, String message) {

    /** Code of the diagnostic of a config that cannot be used. */
    public static final String BAD_CONFIG = "config";
    /** Code of the diagnostic of workspace plugins the server did not load. */
    public static final String SKIPPED_PLUGINS = "workspace-plugins";

    /** The diagnostic code: {@value #BAD_CONFIG} or {@value #SKIPPED_PLUGINS}. */
    public String code() {
        return severity == Severity.ERROR ? BAD_CONFIG : SKIPPED_PLUGINS;
    }
}
