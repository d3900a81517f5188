package dev.speclint.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.SpecParser;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SinceTest {

    private final SpecParser parser = new SpecParser();

    @Test
    void aDateComparesWithTheFirstIsoDateInTheHeader() {
        Since since = Since.parse("2018-03-01");
        SpecDocument before = parser.parse("a.md", "# A\n\n- Feature Name: x\n- Start Date: 2017-08-14\n\n## Summary\n\nS.\n");
        SpecDocument after = parser.parse("b.md", "# B\n\n- Start Date: 2018-03-01\n\n## Summary\n\nS.\n");
        SpecDocument undated = parser.parse("c.md", "# C\n\n## Summary\n\nS.\n");
        assertThat(since.covers(before)).isFalse();
        assertThat(since.covers(after)).isTrue();
        assertThat(since.covers(undated)).as("no date: held to the current template").isTrue();
    }

    @Test
    void aNumberComparesWithTheFileNamesLeadingDigits() {
        Since since = Since.parse("2333");
        assertThat(since.covers(parser.parse("text/2332-x.md", "# X\n"))).isFalse();
        assertThat(since.covers(parser.parse("text/2333-prior-art.md", "# X\n"))).isTrue();
        assertThat(since.covers(parser.parse("text/no-number.md", "# X\n"))).isTrue();
    }

    @Test
    void anIndexFileTakesItsFoldersNumber() {
        assertThat(Since.specNumber("keps/sig-node/4815-schema/README.md")).isEqualTo(OptionalLong.of(4815));
        assertThat(Since.specNumber("docs\\0042-name\\index.md")).isEqualTo(OptionalLong.of(42));
        assertThat(Since.specNumber("README.md")).isEmpty();
        assertThat(Since.specNumber("v2-notes.md")).isEmpty();
    }

    @Test
    void alwaysCoversEverySpec() {
        assertThat(Since.ALWAYS.always()).isTrue();
        assertThat(Since.ALWAYS.covers(parser.parse("0001-a.md", "# A\n\n- Start Date: 1999-01-01\n"))).isTrue();
    }

    @Test
    void badPointsAreRejectedWithWhatToWrite() {
        assertThatThrownBy(() -> Since.parse("March 2018")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> Since.parse("2018-02-30")).hasMessageContaining("no calendar date");
    }
}
