package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * One line per violation, {@code path:line:col: severity: message [rule-id]}, then a summary line:
 * the form compilers use, so IDEs and CI logs link it.
 */
public final class TextReporter implements Reporter {

    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        boolean color = context.color();
        for (Violation v : result.violations()) {
            out.write(line(v, color));
            out.write('\n');
        }
        out.write(summary(result));
        out.write('\n');
    }

    /** The line for one violation. */
    public static String line(Violation v, boolean color) {
        String severity = v.severity().label();
        if (color) {
            severity = (v.severity() == Severity.ERROR ? RED : YELLOW) + severity + RESET;
        }
        String rule = color ? DIM + "[" + v.rule() + "]" + RESET : "[" + v.rule() + "]";
        return v.file() + ":" + v.line() + ":" + v.column() + ": " + severity + ": " + v.message() + " " + rule;
    }

    /** {@code 3 files, 2 errors, 1 warning (0.12 s)}, or {@code (0.05 s, 3 from cache)} with the cache. */
    public static String summary(LintResult result) {
        return plural(result.files().size(), "file") + ", " + plural(result.errorCount(), "error") + ", "
                + plural(result.warningCount(), "warning") + " ("
                + String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9)
                + (result.cachedFiles() > 0 ? ", " + result.cachedFiles() + " from cache" : "") + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
