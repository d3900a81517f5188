package dev.speclint.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The indexer's text helpers; the index of real specs: rules' SpecIndexExamplesTest. */
class SpecIndexerTest {

    @Test
    void fileIds() {
        assertThat(SpecIndexer.fileId("docs/SPEC-PAY-101-payment-retries.md")).isEqualTo("SPEC-PAY-101");
        assertThat(SpecIndexer.fileId("text/0042-retry.md")).isEqualTo("0042");
        assertThat(SpecIndexer.fileId("adr/notes.md")).isEqualTo("notes");
    }

    @Test
    void plainMetadataText() {
        assertThat(SpecIndexer.plainText("[SE-0001](0001-keywords.md)")).isEqualTo("SE-0001");
        assertThat(SpecIndexer.plainText("**[Doug](https://x)**, [Joe](y)")).isEqualTo("Doug, Joe");
    }
}
