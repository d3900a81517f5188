package dev.speclint.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.parse.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExistingSpecsTest {

    @TempDir
    Path dir;

    private ExistingSpecs scan(Path... dirs) {
        return ExistingSpecs.scan(List.of(dirs), new SpecParser());
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void noSpecsMeansNumberOne() {
        assertThat(scan(dir.resolve("missing")).nextNumber("PAY")).isEqualTo(1);
    }

    @Test
    void numbersFollowTheHighestSpecIdOfTheKey() throws IOException {
        write("a.md", "# A\n\n**Spec ID:** SPEC-PAY-4\n");
        write("nested/b.md", "# B\n\n**Spec ID:** spec-pay-11  \n");
        write("c.md", "# C\n\n**Spec ID:** SPEC-PAYMENTS-99\n");
        write("d.md", "# D\n\n**Spec ID:** SPEC-GW-50\n");

        ExistingSpecs specs = scan(dir);

        assertThat(specs.nextNumber("PAY")).isEqualTo(12);
        assertThat(specs.nextNumber("GW")).isEqualTo(51);
        assertThat(specs.nextNumber("NEW")).isEqualTo(1);
    }

    @Test
    void fileNamesCountWhenTheMetadataDoesNot() throws IOException {
        write("SPEC-PAY-7-retries.md", "# no metadata\n");
        Files.write(dir.resolve("SPEC-PAY-9-broken.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});

        assertThat(scan(dir).nextNumber("PAY")).isEqualTo(10);
    }

    @Test
    void findsASpecByTitleOrByTheSlugInItsFileName() throws IOException {
        write("legacy.md", "# X\n\n**Title:**  Payment   Retries \n");
        write("SPEC-GW-3-rate-limits.md", "# Rate limits\n");
        write("SPEC-GW-4-old-api-keys.md", "# Old\n");

        ExistingSpecs specs = scan(dir);

        assertThat(specs.withTitle("payment retries")).contains(dir.resolve("legacy.md"));
        assertThat(specs.withTitle("Rate limits")).contains(dir.resolve("SPEC-GW-3-rate-limits.md"));
        assertThat(specs.withTitle("API keys")).isEmpty();
    }
}
