package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered rule has a doc page, a failing fixture and a passing fixture. */
class RuleCatalogueTest {

    static Stream<RuleDescriptor> builtInRules() {
        BuiltInRules provider = new BuiltInRules();
        return Stream.concat(provider.rules().stream().map(r -> r.descriptor()),
                provider.projectRules().stream().map(r -> r.descriptor()));
    }

    static Stream<RuleDescriptor> everyRule() {
        return RuleRegistry.discover(RuleCatalogueTest.class.getClassLoader()).descriptors().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void hasADocPageSayingWhatWhyOptionsAndExamples(RuleDescriptor rule) throws Exception {
        Path page = Path.of("docs", rule.id() + ".md");
        assertThat(page).as("doc page of %s", rule.id()).exists();
        String text = Files.readString(page);
        assertThat(text).as("doc page of %s", rule.id())
                .startsWith("# " + rule.id())
                .contains("## Why", "## Options", "## Failing example", "## Passing example");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInRules")
    void hasAFailingAndAPassingFixture(RuleDescriptor rule) {
        List<Fixture> mine = Fixture.all().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertThat(mine).as("fixtures of %s under %s", rule.id(), Fixture.ROOT.resolve(rule.id())).isNotEmpty();
        assertThat(mine).as("a failing fixture of %s", rule.id()).anyMatch(f -> !f.expected().isEmpty());
        assertThat(mine).as("a passing fixture of %s", rule.id()).anyMatch(f -> f.expected().isEmpty());
    }

    @Test
    void everyFixtureFolderNamesARegisteredRule() {
        List<String> ids = everyRule().map(RuleDescriptor::id).toList();
        for (Fixture f : Fixture.all()) {
            assertThat(ids).as("fixture folder %s", f.ruleId()).contains(f.ruleId());
        }
    }
}
