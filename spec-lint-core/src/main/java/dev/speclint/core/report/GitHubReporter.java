package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the changed lines:
 * {@code ::error file=docs/spec.md,line=4,col=12,title=unfilled-placeholder::message} ({@code ::warning}
 * for warnings), one line per violation. Escaping as the Actions toolkit does it: in the message
 * {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A}; in property values also {@code :}
 * and {@code ,} become {@code %3A} and {@code %2C}.
 */
public final class GitHubReporter implements Reporter {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        for (Violation v : result.violations()) {
            out.write(command(v));
            out.write('\n');
        }
    }

    /** The workflow command for one violation. */
    public static String command(Violation v) {
        return "::" + (v.severity() == Severity.ERROR ? "error" : "warning")
                + " file=" + property(v.file())
                + ",line=" + v.line()
                + ",col=" + v.column()
                + ",title=" + property(v.rule())
                + "::" + data(v.message());
    }

    /** Escapes a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
