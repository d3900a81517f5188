package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered rule has a doc page; every built-in rule is tested by its page's examples or by a
 * failing and a passing fixture.
 */
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

    static Stream<Named<List<RuleOption<?>>>> builtInOptions() {
        BuiltInRules provider = new BuiltInRules();
        return Stream.concat(provider.rules().stream().map(r -> Named.of(r.descriptor().id(), r.options())),
                provider.projectRules().stream().map(r -> Named.of(r.descriptor().id(), r.options())));
    }

    /**
     * The doc page's options table (which {@code spec-lint explain} prints) lists exactly the options
     * the rule declares, each with the declared default: the declaration is the one place an option is
     * written, and the page cannot drift from it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInOptions")
    void documentsExactlyTheOptionsItDeclares(List<RuleOption<?>> declared, TestInfo info) throws Exception {
        String id = info.getDisplayName();
        String text = Files.readString(Path.of("docs", id + ".md"));
        String options = text.substring(text.indexOf("## Options"), text.indexOf("## Failing example"));
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : options.split("\n")) {
            java.util.regex.Matcher m = TABLE_ROW.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2).replace("`", ""));
            }
        }
        assertThat(documented.keySet()).as("options in the table of docs/%s.md", id)
                .containsExactlyInAnyOrderElementsOf(declared.stream().map(RuleOption::name).toList());
        for (RuleOption<?> o : declared) {
            assertThat(documented.get(o.name())).as("default of option %s in docs/%s.md", o.name(), id)
                    .startsWith(o.defaultText());
        }
        if (declared.isEmpty()) {
            assertThat(options).as("docs/%s.md says the rule takes no options", id).contains("None");
        }
    }

    private static final java.util.regex.Pattern TABLE_ROW = java.util.regex.Pattern.compile(
            "\\| `([A-Za-z0-9]+)` \\| ([^|]*) \\|.*");

    /**
     * A rule is tested by the examples of its doc page ({@link RuleDocExamplesTest}) or, where the page
     * cannot show a runnable example (several files, its own template or config), by a failing and a
     * passing fixture; fixtures may add cases either way.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInRules")
    void hasTestedDocExamplesOrAFailingAndAPassingFixture(RuleDescriptor rule) {
        if (DocExample.of(rule.id()).isPresent()) {
            return;
        }
        List<Fixture> mine = Fixture.all().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertThat(mine).as("docs/%s.md has no tested examples (a ```markdown failing example with its spec.md "
                + "output lines), so %s needs fixtures under %s", rule.id(), rule.id(),
                Fixture.ROOT.resolve(rule.id())).isNotEmpty();
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
