package dev.speclint.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule table lists every rule with its descriptor's id, default severity and summary. */
class RuleTableTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| \\[([a-z0-9-]+)]\\(rules/docs/([^)]+)\\) \\| (\\w+) \\| (.+) \\|$");

    @Test
    void theReadmeRuleTableMatchesTheRuleDescriptors() {
        List<String> table = Docs.lines(Docs.ROOT.resolve("README.md")).stream()
                .map(ROW::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1) + " | " + m.group(2) + " | " + m.group(3) + " | " + m.group(4))
                .toList();
        List<String> descriptors = RuleRegistry.discover(getClass().getClassLoader()).descriptors().stream()
                .sorted(Comparator.comparing(RuleDescriptor::id))
                .map(d -> d.id() + " | " + d.docPath() + " | " + d.defaultSeverity().label() + " | " + d.summary())
                .toList();

        assertThat(table).as("README rule table rows (id | doc page | severity | summary)")
                .containsExactlyElementsOf(descriptors);
    }
}
