package dev.speclint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.RuleSettings;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.ProjectContext;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SpecLinter.Builder#cache}: what is reused, what invalidates it, and that results never differ. */
class LintCacheTest {

    /** Reports each BAD and each missing relative link target; remembers which documents it checked. */
    static final class CountingRule implements Rule {
        final List<String> checked = new CopyOnWriteArrayList<>();

        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("counting", "reports BAD", Severity.ERROR);
        }

        @Override
        public void check(SpecDocument document, RuleContext context) {
            checked.add(document.source());
            for (int i = 0; i < document.lineCount(); i++) {
                int at = document.lines().get(i).indexOf("BAD");
                if (at >= 0) {
                    context.report(i + 1, at + 1, "BAD found",
                            Fix.of("Replace BAD", new TextEdit(i + 1, at + 1, i + 1, at + 4, "GOOD")));
                }
            }
            document.links().forEach(l -> {
                if (!context.fileExists(l.destination())) {
                    context.report(l.line(), l.column(), "missing " + l.destination());
                }
            });
        }
    }

    /** Reports every document whose Spec ID another document shares; reads metadata only. */
    static final class SameIdRule implements ProjectRule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("same-id", "no shared Spec ID", Severity.ERROR);
        }

        @Override
        public boolean readsMetadataOnly() {
            return true;
        }

        @Override
        public void check(List<SpecDocument> documents, ProjectContext context) {
            for (SpecDocument d : documents) {
                d.metadataField("Spec ID").ifPresent(f -> {
                    long same = documents.stream()
                            .filter(o -> o.metadataValue("Spec ID").orElse("").equals(f.value())).count();
                    if (same > 1) {
                        context.report(d, f.line(), f.valueColumn(), "shared id " + f.value());
                    }
                });
            }
        }
    }

    @TempDir
    Path dir;
    Path cacheFile;
    CountingRule counting;
    LintConfig config;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("template.md"), "# [Title]\n\n## Summary\n");
        config = LintConfig.defaults().withProfile(dir.resolve("template.md").toString());
        cacheFile = dir.resolve("cache/spec-lint.cache");
        write("a.md", "# A\n\n**Spec ID:** S-1\n\n## Summary\n\nBAD here\n");
        write("b.md", "# B\n\n**Spec ID:** S-1\n\n## Summary\n\nfine, see [c](c.md)\n");
        write("c.md", "# C\n\n**Spec ID:** S-2\n\n<!-- spec-lint-disable-next-line counting first -->\nBAD but suppressed\n");
        counting = new CountingRule();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    private SpecLinter linter(boolean cached, LintConfig c, ProjectRule... projectRules) throws Exception {
        SpecLinter.Builder b = SpecLinter.builder().config(c).baseDir(dir).threads(2)
                .rules(RuleRegistry.of(List.of(counting), List.of(projectRules)))
                .warnings(warnings::add);
        return (cached ? b.cache(cacheFile) : b).build();
    }

    private LintResult lint(boolean cached, ProjectRule... projectRules) throws Exception {
        return linter(cached, config, projectRules).lint(List.of(dir));
    }

    private static List<String> lines(LintResult r) {
        return r.violations().stream()
                .map(v -> v.file() + ":" + v.line() + ":" + v.column() + " " + v.rule() + " " + v.severity() + " "
                        + v.message() + " | " + r.lineText(v).orElse("-"))
                .toList();
    }

    @Test
    void anUnchangedFileIsNotLintedAgainAndGivesTheSameResult() throws Exception {
        LintResult first = lint(true, new SameIdRule());
        assertThat(counting.checked).containsExactlyInAnyOrder("a.md", "b.md", "c.md"); // the profile's template is never linted
        counting.checked.clear();

        LintResult second = lint(true, new SameIdRule());

        assertThat(counting.checked).isEmpty();
        assertThat(lines(second)).isEqualTo(lines(first)).contains(
                "a.md:3:14 same-id ERROR shared id S-1 | **Spec ID:** S-1",
                "a.md:7:1 counting ERROR BAD found | BAD here");
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCachedResultKeepsItsFixes() throws Exception {
        lint(true);
        counting.checked.clear();

        LintResult second = lint(true);

        assertThat(counting.checked).isEmpty();
        assertThat(second.violations()).filteredOn(v -> v.file().equals("a.md")).singleElement()
                .satisfies(v -> assertThat(v.fix()).isEqualTo(Fix.of("Replace BAD", new TextEdit(7, 1, 7, 4, "GOOD"))));
    }

    @Test
    void withAndWithoutTheCacheTheResultIsTheSame() throws Exception {
        List<String> plain = lines(lint(false, new SameIdRule(), new StubRules.FirstMarkerProjectRule("first", "BAD")));
        lint(true, new SameIdRule(), new StubRules.FirstMarkerProjectRule("first", "BAD"));
        counting.checked.clear();

        List<String> cached = lines(lint(true, new SameIdRule(), new StubRules.FirstMarkerProjectRule("first", "BAD")));

        assertThat(counting.checked).isEmpty();
        assertThat(cached).isEqualTo(plain);
        // the suppression in c.md still applies to the cross-file rule's finding on a cached file
        assertThat(cached).noneMatch(l -> l.startsWith("c.md:6"));
        assertThat(cached).anyMatch(l -> l.startsWith("a.md:7:1 first"));
    }

    @Test
    void aChangedFileIsLintedAgainAndOnlyIt() throws Exception {
        lint(true, new SameIdRule());
        counting.checked.clear();
        write("b.md", "# B\n\n**Spec ID:** S-3\n\n## Summary\n\nnow BAD\n");

        LintResult second = lint(true, new SameIdRule());

        assertThat(counting.checked).containsExactly("b.md");
        assertThat(lines(second)).isEqualTo(lines(lint(false, new SameIdRule())))
                .noneMatch(l -> l.contains("same-id"));
    }

    @Test
    void aConfigChangeInvalidatesEverything() throws Exception {
        lint(true);
        counting.checked.clear();
        LintConfig warning = config.withRules(Map.of("counting",
                new RuleSettings(true, Optional.of(Severity.WARNING), Map.of())));

        LintResult result = linter(true, warning).lint(List.of(dir));

        assertThat(counting.checked).hasSize(3);
        assertThat(result.violations()).allMatch(v -> v.severity() == Severity.WARNING);
    }

    @Test
    void aTemplateChangeInvalidatesEverything() throws Exception {
        lint(true);
        counting.checked.clear();
        write("template.md", "# [Title]\n\n## Summary\n\n## Risks\n");

        lint(true);

        assertThat(counting.checked).hasSize(3);
    }

    @Test
    void aLinkTargetThatAppearsInvalidatesTheFileThatLinksToIt() throws Exception {
        Files.delete(dir.resolve("c.md"));
        assertThat(lines(lint(true))).anyMatch(l -> l.contains("missing c.md"));
        counting.checked.clear();
        write("c.md", "# C\n");

        LintResult second = lint(true);

        assertThat(counting.checked).containsExactlyInAnyOrder("b.md", "c.md");
        assertThat(lines(second)).noneMatch(l -> l.contains("missing c.md"));
    }

    @Test
    void aCorruptCacheIsIgnoredWithAWarningAndRewritten() throws Exception {
        List<String> expected = lines(lint(false));
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "this is not a cache");

        LintResult result = lint(true);

        assertThat(lines(result)).isEqualTo(expected);
        assertThat(warnings).singleElement().asString().contains(cacheFile.toString(), "ignored", "not a spec-lint cache");
        counting.checked.clear();
        warnings.clear();
        lint(true);
        assertThat(counting.checked).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTruncatedOrDamagedCacheIsIgnoredWithAWarning() throws Exception {
        List<String> expected = lines(lint(true));
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, Arrays.copyOf(bytes, bytes.length / 2));
        counting.checked.clear();

        assertThat(lines(lint(true))).isEqualTo(expected);
        assertThat(counting.checked).hasSize(3);
        assertThat(warnings).singleElement().asString().contains("truncated or damaged");

        bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(cacheFile, bytes);
        warnings.clear();
        assertThat(lines(lint(true))).isEqualTo(expected);
        assertThat(warnings).singleElement().asString().contains("truncated or damaged");
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningNotAFailure() throws Exception {
        Files.writeString(dir.resolve("cache"), "a file where the cache directory should be");

        LintResult result = lint(true);

        assertThat(lines(result)).isEqualTo(lines(lint(false)));
        // reading it fails too (a file stands where its directory should): two warnings, no failure
        assertThat(warnings).last().asString().startsWith("cannot write cache " + cacheFile);
    }
}
