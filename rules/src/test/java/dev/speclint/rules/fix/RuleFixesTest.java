package dev.speclint.rules.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.fix.DocumentFixer;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.testing.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixes of metadata-field, checklist-item and unknown-suppression, on the clean example spec
 * with one thing taken out or mistyped: the fix puts back the template's line where the template
 * has it, and a second run applies nothing.
 */
class RuleFixesTest {

    private static final Path SPEC = Path.of("..", "examples", "SPEC-PAY-101-payment-retries.md");

    private static String clean() throws Exception {
        return Files.readString(SPEC, StandardCharsets.UTF_8);
    }

    private static SpecLinter linter() throws Exception {
        return SpecLinter.builder().config(LintConfig.defaults()).threads(1).build();
    }

    private static DocumentFixer.Outcome fix(String text) throws Exception {
        DocumentFixer fixer = new DocumentFixer(linter());
        DocumentFixer.Outcome outcome = fixer.fix("spec.md", text);
        assertThat(fixer.fix("spec.md", outcome.text()).appliedCount()).as("second run").isZero();
        return outcome;
    }

    private static List<Violation> of(String rule, String text) throws Exception {
        return linter().lintText("spec.md", text).violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    /** {@code text} without the level-2 section whose heading holds {@code title}, up to the next one. */
    private static String withoutSection(String text, String title) {
        java.util.regex.Matcher heading = java.util.regex.Pattern
                .compile("(?m)^## .*" + java.util.regex.Pattern.quote(title)).matcher(text);
        assertThat(heading.find()).as(title).isTrue();
        int start = heading.start();
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(0, start) + (end < 0 ? "" : text.substring(end + 1));
    }

    @Test
    void aSpecMissingAThirdOfTheTemplateGetsOneFindingWhoseFixInsertsThemAllInTemplateOrder() throws Exception {
        String text = clean();
        for (String title : List.of("Testing Strategy", "Migration Plan", "Risks & Mitigations", "Rollback Plan",
                "References", "Appendix")) {
            text = withoutSection(text, title);
        }
        assertThat(of("required-section", text)).singleElement().satisfies(v -> {
            assertThat(v.message()).startsWith("missing 6 of the template's 16 sections");
            assertThat(v.hasFix()).isTrue();
        });

        DocumentFixer.Outcome outcome = fix(text);

        assertThat(of("required-section", outcome.text())).isEmpty();
        List<Integer> at = List.of("## 🧪 Testing Strategy\n", "## 📝 Migration Plan\n", "## 🎯 Success Criteria\n",
                "## ⚠️ Risks & Mitigations\n", "## 🔄 Rollback Plan\n", "## 📚 References\n", "## 📊 Appendix\n")
                .stream().map(outcome.text()::indexOf).toList();
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(Texts.isSubsequence(text, outcome.text())).isTrue();
    }

    @Test
    void aMissingMetadataFieldGetsTheTemplatesLineAtItsPlaceInTheHeader() throws Exception {
        String text = clean().replace("**Version:** 1.2  \n", "");
        assertThat(of("metadata-field", text)).singleElement().satisfies(v -> assertThat(v.hasFix()).isTrue());

        DocumentFixer.Outcome outcome = fix(text);

        assertThat(outcome.appliedByRule()).containsEntry("metadata-field", 1);
        // the template's line (its value 1.0), in the document's style (the trailing hard break kept)
        assertThat(outcome.text()).isEqualTo(clean().replace("**Version:** 1.2  \n", "**Version:** 1.0  \n"));
    }

    @Test
    void twoMissingFieldsGoInInTemplateOrder() throws Exception {
        String text = clean().replace("**Version:** 1.2  \n", "").replace("**Author:** Priya Raman (Payments Platform)  \n", "");

        DocumentFixer.Outcome outcome = fix(text);

        assertThat(outcome.text()).contains("**Title:** Payment Retry Scheduler  \n**Version:** 1.0  \n**Author:** ");
        assertThat(of("metadata-field", outcome.text())).isEmpty();
    }

    @Test
    void missingChecklistItemsGoInUntickedAtTheirTemplatePositionInTheirList() throws Exception {
        String text = clean().replace("- [x] SQL injection prevention\n- [x] XSS prevention\n", "")
                .replace("- [x] Input validation\n", "");

        DocumentFixer.Outcome outcome = fix(text);

        assertThat(outcome.text()).contains("### Security Checklist\n- [ ] Input validation\n"
                + "- [ ] SQL injection prevention\n- [ ] XSS prevention\n- [x] CSRF protection\n");
        assertThat(of("checklist-item", outcome.text())).isEmpty();
    }

    @Test
    void aMistypedRuleIdInASuppressionIsReplacedByTheOneSuggestion() throws Exception {
        String text = clean().replace("### Data Protection\n",
                "### Data Protection\n<!-- spec-lint-disable-next-line requried-section -->\n");
        assertThat(of("unknown-suppression", text)).singleElement().satisfies(v -> assertThat(v.hasFix()).isTrue());

        DocumentFixer.Outcome outcome = fix(text);

        assertThat(outcome.text()).isEqualTo(text.replace("requried-section", "required-section"));
        assertThat(outcome.appliedByRule()).containsEntry("unknown-suppression", 1);
    }

    @Test
    void aMistypedDirectiveIsReplacedToo() throws Exception {
        String text = clean().replace("### Data Protection\n",
                "### Data Protection\n<!-- spec-lint-disabel-line empty-section -->\n");

        assertThat(fix(text).text()).isEqualTo(text.replace("spec-lint-disabel-line", "spec-lint-disable-line"));
    }

    @Test
    void anIdNearNoRuleGetsNoFix() throws Exception {
        String text = clean().replace("### Data Protection\n",
                "### Data Protection\n<!-- spec-lint-disable-next-line something-else-entirely -->\n");

        assertThat(of("unknown-suppression", text)).singleElement().satisfies(v -> assertThat(v.hasFix()).isFalse());
    }
}
