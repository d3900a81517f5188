package dev.speclint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run tells its progress listener, and the line texts a result carries. */
class SpecLinterRunTest {

    @TempDir
    Path dir;

    @Test
    void theProgressListenerHearsOfEveryFileWithTheRunsTotal() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("spec-" + i + ".md"), "# Spec " + i + "\n");
        }
        Set<String> calls = ConcurrentHashMap.newKeySet();
        SpecLinter linter = StubRules.linter(StubRules.markerRules()).threads(3)
                .progress((done, total) -> calls.add(done + "/" + total)).build();

        linter.lint(List.of(dir));

        assertThat(calls).containsExactlyInAnyOrder("1/5", "2/5", "3/5", "4/5", "5/5");
    }

    @Test
    void aResultKnowsTheTextOfEachViolatedLine() throws Exception {
        LintResult result = StubRules.linter(StubRules.markerRules()).build()
                .lintText("a.md", "# A\n\nsome BAD text\n\tOTHER\n");

        assertThat(result.violations()).extracting(v -> v.line() + " " + result.lineText(v).orElseThrow())
                .containsExactly("3 some BAD text", "3 some BAD text", "4 \tOTHER");
        Violation elsewhere = new Violation("b.md", 3, 1, "marker", result.violations().get(0).severity(), "m");
        assertThat(result.lineText(elsewhere)).isEmpty();
    }

    /** Records the SectionMatch it is given. */
    record MatchRecorder(String id, List<Object> seen) implements dev.speclint.core.rule.Rule {
        @Override
        public dev.speclint.core.rule.RuleDescriptor descriptor() {
            return dev.speclint.core.rule.RuleDescriptor.of(id, "records", dev.speclint.core.rule.Severity.ERROR);
        }

        @Override
        public void check(dev.speclint.core.document.SpecDocument document, dev.speclint.core.rule.RuleContext context) {
            seen.add(context.sectionMatch(document));
        }
    }

    @Test
    void rulesCheckingOneDocumentShareOneSectionMatch() throws Exception {
        List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        SpecLinter linter = StubRules.linter(dev.speclint.core.rule.RuleRegistry.of(
                List.of(new MatchRecorder("one", seen), new MatchRecorder("two", seen)), List.of())).build();

        linter.lintText("a.md", "# A\n\n## Section\n");
        linter.lintText("b.md", "# B\n");

        assertThat(seen).hasSize(4);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(2)).isSameAs(seen.get(3)).isNotSameAs(seen.get(0));
    }
}
