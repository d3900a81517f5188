package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code spec-lint rules} and {@code spec-lint explain}. */
class RulesAndExplainTest {

    @Test
    void rulesListsEveryRuleWithItsSeverityAndSummary() {
        Cli cli = Cli.run("rules");

        assertThat(cli.code()).isZero();
        List<RuleDescriptor> rules = List.copyOf(RuleRegistry.discover(getClass().getClassLoader()).descriptors());
        assertThat(cli.out().lines()).hasSize(rules.size());
        for (RuleDescriptor d : rules) {
            assertThat(cli.out().lines()).anyMatch(l -> l.matches(java.util.regex.Pattern.quote(d.id())
                    + " +" + d.defaultSeverity().label() + " +" + java.util.regex.Pattern.quote(d.summary())));
        }
        assertThat(cli.out()).contains("unknown-suppression", "unfilled-placeholder", "read-error");
    }

    @Test
    void explainPrintsTheRulesDocPage() throws Exception {
        Cli cli = Cli.run("explain", "unknown-suppression");

        assertThat(cli.code()).isZero();
        assertThat(cli.out()).isEqualTo(Files.readString(Path.of("../rules/docs/unknown-suppression.md")));
    }

    @Test
    void explainSuggestsTheNearestIdForAnUnknownOne() {
        Cli cli = Cli.run("explain", "unfiled-placeholder");

        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).contains("unknown rule 'unfiled-placeholder' (did you mean 'unfilled-placeholder'?)",
                "'spec-lint rules' lists every rule");
    }
}
