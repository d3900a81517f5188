package dev.speclint.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecNamesTest {

    @Test
    void slugIsLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(SpecNames.slug("Refund flow: partial refunds")).isEqualTo("refund-flow-partial-refunds");
        assertThat(SpecNames.slug("  Über-Schnelle Zahlungen (v2)! ")).isEqualTo("uber-schnelle-zahlungen-v2");
        assertThat(SpecNames.slug("日本語")).isEqualTo("spec");
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = SpecNames.slug("word ".repeat(30));

        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("word-word");
        assertThat(slug.split("-")).containsOnly("word");
    }

    @Test
    void keyFromArtifactId() {
        assertThat(SpecNames.keyFromArtifactId("payment-service")).isEqualTo("PAYMENT-SERVICE");
        assertThat(SpecNames.keyFromArtifactId("my_lib.core")).isEqualTo("MY-LIB-CORE");
        assertThat(SpecNames.keyFromArtifactId("--")).isEqualTo("SPEC");
    }

    @Test
    void givenKeysAreUpperCasedAndChecked() {
        assertThat(SpecNames.key(" pay ")).isEqualTo("PAY");
        assertThat(SpecNames.key("billing-api")).isEqualTo("BILLING-API");
        assertThatThrownBy(() -> SpecNames.key("PAY 2")).hasMessageContaining("project key 'PAY 2' must be");
        assertThatThrownBy(() -> SpecNames.key("-PAY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileNameAndId() {
        assertThat(SpecNames.specId("PAY", 12)).isEqualTo("SPEC-PAY-12");
        assertThat(SpecNames.fileName("PAY", 12, "Payment retries")).isEqualTo("SPEC-PAY-12-payment-retries.md");
    }
}
