package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.ProfileLoader;
import dev.speclint.core.scaffold.SpecFields;
import dev.speclint.core.scaffold.SpecTemplateFiller;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared filler of core (dev.speclint.core.scaffold), on the built-in template this module ships with. */
class SpecTemplateFillerTest {

    private final SpecParser parser = new SpecParser();
    private final SpecTemplateFiller filler = new SpecTemplateFiller(parser);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    private static SpecFields fields(Optional<String> author) {
        return new SpecFields("SPEC-PAY-5", "Payment retries", DAY, Optional.empty(), author, "1.0");
    }

    @Test
    void fillsTheBuiltInTemplatesHeaderAndTitle() {
        String template = new ProfileLoader(getClass().getClassLoader(), parser)
                .builtIn(LintConfig.DEFAULT_PROFILE).orElseThrow().templateText();

        List<String> lines = filler.fill(template, fields(Optional.of("Ada Lovelace"))).lines().toList();

        assertThat(lines.get(0)).isEqualTo("# Payment retries");
        assertThat(lines.subList(2, 9)).containsExactly(
                "**Spec ID:** SPEC-PAY-5  ",
                "**Title:** Payment retries  ",
                "**Version:** 1.0  ",
                "**Author:** Ada Lovelace  ",
                "**Created:** 2026-03-09  ",
                "**Status:** Draft  ",
                "**Epic:** [EPIC-XXX]");
        // everything after the header is the template's, unchanged
        List<String> templateLines = template.lines().toList();
        assertThat(lines.subList(9, lines.size())).isEqualTo(templateLines.subList(9, templateLines.size()));
    }

    @Test
    void leavesTheAuthorLineAloneWhenNoAuthorIsGiven() {
        String out = filler.fill("# T\n\n**Author:** Architect Agent  \n**Title:** [Name]\n", fields(Optional.empty()));

        assertThat(out).isEqualTo("# Payment retries\n\n**Author:** Architect Agent  \n**Title:** Payment retries\n");
    }

    @Test
    void takesTheFirstStatusTheTemplateLists() {
        String out = filler.fill("# T\n\n**Status:** Proposed / Accepted / Rejected\n", fields(Optional.empty()));

        assertThat(out).contains("**Status:** Proposed\n");
    }

    @Test
    void aGivenStatusWins() {
        SpecFields f = new SpecFields("SPEC-X-1", "X", DAY, Optional.of("In Review"), Optional.empty(), "0.1");

        assertThat(filler.fill("# T\n\n**Status:** Draft/Approved\n**Version:** 1.0\n", f))
                .isEqualTo("# X\n\n**Status:** In Review\n**Version:** 0.1\n");
    }

    @Test
    void aStatusWithoutAlternativesBecomesDraft() {
        assertThat(SpecTemplateFiller.firstAlternative("[Status]")).isEqualTo("Draft");
        assertThat(SpecTemplateFiller.firstAlternative("Draft/Approved")).isEqualTo("Draft");
    }

    @Test
    void fillsAnEmptyValueAndKeepsABackslashHardBreak() {
        String out = filler.fill("# T\n\n**Title:**\n**Spec ID:** SPEC-[KEY]\\\n", fields(Optional.empty()));

        assertThat(out).isEqualTo("# Payment retries\n\n**Title:** Payment retries\n**Spec ID:** SPEC-PAY-5\\\n");
    }

    @Test
    void fillsYamlFrontMatterKeysAsQuotedStrings() {
        String template = "---\ntitle: \"[Feature Name]\"\nstatus: Draft/Approved\nowner: team\n---\n\n# [Feature Name]\n";

        String out = filler.fill(template, new SpecFields("SPEC-PAY-5", "Retries: \"soft\" declines", DAY,
                Optional.empty(), Optional.empty(), "1.0"));

        assertThat(out).isEqualTo("---\ntitle: \"Retries: \\\"soft\\\" declines\"\nstatus: \"Draft\"\nowner: team\n---\n\n"
                + "# Retries: \"soft\" declines\n");
    }

    @Test
    void replacesASetextTitle() {
        assertThat(filler.fill("Template\n========\n\n## Body\n", fields(Optional.empty())))
                .isEqualTo("Payment retries\n========\n\n## Body\n");
    }

    @Test
    void aTemplateWithoutFieldsOrH1IsCopied() {
        assertThat(filler.fill("## Only a section\r\n\r\ntext", fields(Optional.empty())))
                .isEqualTo("## Only a section\n\ntext\n");
    }
}
