package dev.speclint.core.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache file format: what is written is read back; a file of another run or a damaged one is not. */
class CacheCodecTest {

    private static final CacheEntry ENTRY = new CacheEntry(new byte[32], "docs/a.md",
            List.of(new Violation("docs/a.md", 3, 7, "required-section", Severity.WARNING, "missing 'Goals' ✓")),
            12, Map.of(3, "## Gaols"), List.of(new FileCheck("b.md", true)),
            List.of(new MetadataField("Status", "Draft", 2, 1, 13, MetadataField.Origin.HEADER)),
            List.of(new HtmlComment("spec-lint-disable x", 5, 1, 5)));

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        byte[] bytes = CacheCodec.write("fingerprint", Map.of("/abs/docs/a.md", ENTRY));

        Map<String, CacheEntry> read = CacheCodec.read(bytes, "fingerprint");

        assertThat(read).containsOnlyKeys("/abs/docs/a.md");
        CacheEntry e = read.get("/abs/docs/a.md");
        assertThat(Arrays.equals(e.hash(), ENTRY.hash())).isTrue();
        assertThat(e).usingRecursiveComparison().ignoringFields("hash").isEqualTo(ENTRY);
    }

    @Test
    void aFileOfAnotherFingerprintGivesNothing() throws IOException {
        byte[] bytes = CacheCodec.write("fingerprint", Map.of("/abs/docs/a.md", ENTRY));

        assertThat(CacheCodec.read(bytes, "another")).isNull();
    }

    @Test
    void aDamagedOrTruncatedFileIsRefused() throws IOException {
        byte[] bytes = CacheCodec.write("fingerprint", Map.of("/abs/docs/a.md", ENTRY));
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 1;

        assertThatThrownBy(() -> CacheCodec.read(damaged, "fingerprint")).isInstanceOf(IOException.class)
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> CacheCodec.read(Arrays.copyOf(bytes, 10), "fingerprint"))
                .isInstanceOf(IOException.class);
    }
}
