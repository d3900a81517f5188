package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.report.TextReporter;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a result to the Maven console: each violation at the log level of its severity, as
 * {@code path:line:col: message [rule-id]}, then a summary line.
 *
 * <p>Violation paths are relative to the project's base directory; on the console they are shown
 * relative to the directory Maven was started in, so that a multi-module build names each module's
 * file unambiguously and terminals and IDEs can open it.
 */
final class ConsoleReport {

    private final Path basedir;
    private final Path shownFrom;

    /**
     * @param basedir the directory violation paths are relative to
     * @param shownFrom the directory console paths are relative to (Maven's execution root)
     */
    ConsoleReport(Path basedir, Path shownFrom) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.shownFrom = shownFrom.toAbsolutePath().normalize();
    }

    void logViolations(LintResult result, Log log) {
        for (Violation v : result.violations()) {
            String line = line(v);
            if (v.severity() == Severity.ERROR) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
    }

    /** {@code path:line:col: message [rule-id]}. */
    String line(Violation v) {
        return path(v.file()) + ":" + v.line() + ":" + v.column() + ": " + v.message() + " [" + v.rule() + "]";
    }

    /** {@code spec-lint: 3 files, 2 errors, 1 warning (0.12 s)}: the CLI's summary line. */
    static String summary(LintResult result) {
        return "spec-lint: " + TextReporter.summary(result);
    }

    /** A project-relative path as seen from the execution root. */
    String path(String file) {
        Path p;
        try {
            p = basedir.resolve(file).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
        if (!p.startsWith(shownFrom)) {
            return p.toString().replace('\\', '/');
        }
        String rel = shownFrom.relativize(p).toString().replace('\\', '/');
        return rel.isEmpty() ? file : rel;
    }
}
