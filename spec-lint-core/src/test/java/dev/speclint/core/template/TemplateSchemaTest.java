package dev.speclint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSchemaTest {

    @Test
    void normalizeLineCollapsesWhitespaceAndTrims() {
        assertThat(TemplateSchema.normalizeLine("  Describe\t the   change. ")).isEqualTo("Describe the change.");
        assertThat(TemplateSchema.normalizeLine(" \t ")).isEmpty();
    }

    /** The hash a rule filters lines by is the hash of the normalized line, whatever the whitespace. */
    @Test
    void normalizedHashIsTheNormalizedLinesHash() {
        for (String line : List.of("", " ", "a", "  Describe\t the   change. ", "x\u000By\u001Cz\u001Fw", "a\u00A0b",
                "\u2003em\u2003space\u3000", "caf\u00e9 \u4e2d\u6587", "\uD83C\uDFAF Goals & Non-Goals", "\r\na\n",
                "- [ ] Item", "<!-- Replace this -->")) {
            assertThat(TemplateSchema.normalizedHash(line)).as(line)
                    .isEqualTo(TemplateSchema.normalizeLine(line).hashCode());
        }
    }
}
