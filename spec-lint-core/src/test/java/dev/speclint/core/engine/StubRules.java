package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.RuleSettings;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.ProjectContext;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test rules that report every occurrence of a marker word, and linters built from them. */
public final class StubRules {

    public static final Path FIXTURES = Path.of("src/test/resources/suppressions").toAbsolutePath();

    private StubRules() {
    }

    /** Reports each {@code word} in the source lines, at its column. */
    public record MarkerRule(String id, String word, Severity severity) implements Rule {

        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of(id, "reports " + word, severity);
        }

        @Override
        public void check(SpecDocument document, RuleContext context) {
            for (int i = 0; i < document.lineCount(); i++) {
                String line = document.lines().get(i);
                for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
                    context.report(i + 1, at + 1, word + " found");
                }
            }
        }
    }

    /** Reports, across files, the first {@code word} of every document. */
    public record FirstMarkerProjectRule(String id, String word) implements ProjectRule {

        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of(id, "reports the first " + word + " of each file", Severity.ERROR);
        }

        @Override
        public void check(List<SpecDocument> documents, ProjectContext context) {
            for (SpecDocument d : documents) {
                for (int i = 0; i < d.lineCount(); i++) {
                    int at = d.lines().get(i).indexOf(word);
                    if (at >= 0) {
                        context.report(d, i + 1, at + 1, "first " + word);
                        break;
                    }
                }
            }
        }
    }

    /** {@code marker} (BAD, error) and {@code other} (OTHER, warning). */
    public static RuleRegistry markerRules() {
        return RuleRegistry.of(List.of(new MarkerRule("marker", "BAD", Severity.ERROR),
                new MarkerRule("other", "OTHER", Severity.WARNING)), List.of(new FirstMarkerProjectRule("first-bad", "BAD")));
    }

    /** The defaults, against the small test template. */
    public static LintConfig config() {
        return LintConfig.defaults().withProfile(FIXTURES.resolve("template.md").toString());
    }

    /** A copy of {@code config} with {@code ruleId} turned off. */
    static LintConfig without(LintConfig config, String ruleId) {
        return config.withRules(Map.of(ruleId, new RuleSettings(false, java.util.Optional.empty(), Map.of())));
    }

    public static SpecLinter.Builder linter(RuleRegistry rules) {
        return SpecLinter.builder().config(config()).rules(rules).baseDir(FIXTURES).threads(1);
    }
}
