package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.StubRules;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Results to report: one built by hand with awkward text, one from a real run. */
final class SampleResults {

    static final String AWKWARD = "50% done, \"quoted\" <tag> & 'co': a,b\nsecond line\r\tand \u0001 control";

    private SampleResults() {
    }

    static ReportContext context() {
        return new ReportContext(StubRules.markerRules(), "1.2.3", ReportContext.DEFAULT_DOCS_BASE, false,
                StubRules.FIXTURES, ReportContext::findingsIndex);
    }

    /** Three files (one clean, one with a space and a non-ASCII letter in its name), awkward messages. */
    static LintResult handBuilt() {
        List<Violation> violations = List.of(
                new Violation("docs/a b.md", 3, 1, "marker", Severity.ERROR, AWKWARD),
                new Violation("docs/a b.md", 3, 9, "other", Severity.WARNING, "OTHER found"),
                new Violation("docs/a b.md", 7, 2, "marker", Severity.ERROR, "BAD found"),
                new Violation("docs/ünïcode.md", 1, 1, "read-error", Severity.ERROR, "permission denied"),
                new Violation("docs/ünïcode.md", 2, 5, "no-longer-registered", Severity.WARNING, "gone"));
        return new LintResult(violations, List.of("docs/a b.md", "docs/clean.md", "docs/ünïcode.md"),
                Duration.ofMillis(1234), Map.of("docs/a b.md", Map.of(3, "BAD and OTHER", 7, " BAD")), 0);
    }

    /** One violation with a fix of two edits: an insertion and a deletion. */
    static LintResult withFix() {
        Fix fix = new Fix("Insert the missing section", List.of(TextEdit.insert(9, 1, "## Security\n\n"),
                new TextEdit(2, 1, 2, 5, "")));
        return new LintResult(List.of(new Violation("docs/a b.md", 9, 1, "marker", Severity.ERROR, "missing", fix)),
                List.of("docs/a b.md"), Duration.ofMillis(1), Map.of(), 0);
    }

    /** The suppression fixtures linted with the stub rules. */
    static LintResult realRun(int threads) throws Exception {
        return StubRules.linter(StubRules.markerRules()).threads(threads).build().lint(List.of(StubRules.FIXTURES));
    }

    static Path fixtures() {
        return StubRules.FIXTURES;
    }
}
