package dev.speclint.rules.fix;

import static dev.speclint.core.testing.Texts.isSubsequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.fix.DocumentFixer;
import dev.speclint.core.rule.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fix path end to end with the built-in rules and the default template: sections cut out of a
 * real example spec come back as headings in template order, nothing else moves, and a second run
 * applies nothing.
 */
class DocumentFixerTest {

    private static final Path SPEC = Path.of("..", "examples", "SPEC-PAY-101-payment-retries.md");


    private static String damaged() throws Exception {
        String text = Files.readString(SPEC, StandardCharsets.UTF_8);
        text = cut(text, "### Non-Goals\n", "## 🏗️ System Architecture\n", 0);
        text = cut(text, "## 📊 Data Model\n", "## 🔌 API Design\n", 0);
        text = cut(text, "## 🔒 Security Considerations\n", "\n## ", 1);
        return text;
    }

    private static String cut(String text, String heading, String nextHeading, int keep) {
        int from = text.indexOf(heading);
        int to = text.indexOf(nextHeading, from + heading.length());
        return text.substring(0, from) + text.substring(to + keep);
    }

    private static DocumentFixer fixer() throws Exception {
        return new DocumentFixer(SpecLinter.builder().config(LintConfig.defaults()).threads(1).build());
    }

    private static List<Violation> missing(List<Violation> violations) {
        return violations.stream().filter(v -> v.rule().equals("required-section")).toList();
    }


    @Test
    void missingSectionsComeBackInTemplateOrderAndNothingElseChanges() throws Exception {
        String text = damaged();
        DocumentFixer fixer = fixer();
        SpecLinter linter = SpecLinter.builder().config(LintConfig.defaults()).threads(1).build();
        assertThat(missing(linter.lintText("spec.md", text).violations())).isNotEmpty();

        DocumentFixer.Outcome outcome = fixer.fix("spec.md", text);

        assertThat(outcome.appliedByRule()).containsKey("required-section");
        // what is left needs the author: a pattern section ('Entity: [Name]') whose title only they know
        assertThat(missing(outcome.remaining().violations())).allSatisfy(v -> {
            assertThat(v.hasFix()).isFalse();
            assertThat(v.message()).contains("a section like");
        });
        assertThat(isSubsequence(text, outcome.text())).isTrue();
        String fixed = outcome.text();
        int nonGoals = fixed.indexOf("### Non-Goals\n");
        int architecture = fixed.indexOf("## 🏗️ System Architecture\n");
        int dataModel = fixed.indexOf("## 📊 Data Model\n");
        int api = fixed.indexOf("## 🔌 API Design\n");
        int security = fixed.indexOf("## 🔒 Security Considerations\n");
        assertThat(nonGoals).isPositive().isLessThan(architecture);
        assertThat(dataModel).isGreaterThan(architecture).isLessThan(api);
        assertThat(security).isGreaterThan(api);
        // an inserted section holds the template's guidance for it, so the author sees what to write
        assertThat(fixed).contains("### Non-Goals\n\n- [Explicitly out of scope 1]\n- [Explicitly out of scope 2]\n"
                + "- [Will not address]\n");
        assertThat(fixer.fix("spec.md", fixed).appliedCount()).isZero();
    }

    @Test
    void aCrlfFileStaysCrlfAndKeepsItsBom() throws Exception {
        String text = "\uFEFF" + damaged().replace("\n", "\r\n");

        String fixed = fixer().fix("spec.md", text).text();

        assertThat(fixed).startsWith("\uFEFF").isNotEqualTo(text);
        assertThat(fixed.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(isSubsequence(text, fixed)).isTrue();
    }

    @Test
    void aSectionAtTheWrongLevelGetsItsHashesRewritten() throws Exception {
        String text = Files.readString(SPEC, StandardCharsets.UTF_8).replace("### Non-Goals\n", "#### Non-Goals\n");

        DocumentFixer.Outcome outcome = fixer().fix("spec.md", text);

        assertThat(outcome.appliedByRule()).containsEntry("section-level", 1);
        assertThat(outcome.text()).isEqualTo(Files.readString(SPEC, StandardCharsets.UTF_8));
    }

    @Test
    void aCleanSpecIsLeftByteForByte() throws Exception {
        String text = Files.readString(SPEC, StandardCharsets.UTF_8);
        DocumentFixer.Outcome outcome = fixer().fix("spec.md", text);
        assertThat(outcome.changed()).isEqualTo(outcome.appliedCount() > 0);
        assertThat(isSubsequence(text, outcome.text())).isTrue();
    }
}
