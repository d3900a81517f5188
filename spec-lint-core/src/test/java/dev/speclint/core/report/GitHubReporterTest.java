package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GitHub workflow commands: one per violation, in the runner's syntax, escaped as the toolkit does. */
class GitHubReporterTest {

    /** {@code ::error|warning file=F,line=L,col=C,title=T::MESSAGE}, nothing unescaped that would break it. */
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning) file=([^,:\\r\\n]+),line=(\\d+),col=(\\d+),title=([^,:\\r\\n]+)::([^\\r\\n]*)");

    @Test
    void everyLineIsAWorkflowCommandForOneViolation() throws Exception {
        for (LintResult result : List.of(SampleResults.handBuilt(), SampleResults.realRun(2))) {
            List<String> lines = ReportersTest.render("github", result).lines().toList();

            assertThat(lines).hasSize(result.violations().size());
            for (int i = 0; i < lines.size(); i++) {
                Violation v = result.violations().get(i);
                Matcher m = COMMAND.matcher(lines.get(i));
                assertThat(m.matches()).as(lines.get(i)).isTrue();
                assertThat(m.group(1)).isEqualTo(v.severity() == Severity.ERROR ? "error" : "warning");
                assertThat(m.group(3)).isEqualTo(Integer.toString(v.line()));
                assertThat(m.group(4)).isEqualTo(Integer.toString(v.column()));
                assertThat(m.group(5)).isEqualTo(v.rule());
            }
        }
    }

    @Test
    void messagesAndPropertiesAreEscaped() {
        Violation v = new Violation("docs/a:b,c%.md", 2, 3, "marker", Severity.WARNING, SampleResults.AWKWARD);

        assertThat(GitHubReporter.command(v)).isEqualTo("::warning file=docs/a%3Ab%2Cc%25.md,line=2,col=3,title=marker"
                + "::50%25 done, \"quoted\" <tag> & 'co': a,b%0Asecond line%0D\tand \u0001 control");
    }
}
