package dev.speclint.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.SpecParser;
import java.time.LocalDate;
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
    void aDateWithASlipInMonthOrDayStillTellsTheYear() {
        Since since = Since.parse("2018-03-01");
        assertThat(since.covers(parser.parse("a.md", "# A\n\n- Start Date: 2014-19-19\n"))).as("2014 is before 2018").isFalse();
        assertThat(since.covers(parser.parse("b.md", "# B\n\n- Start Date: 2018-19-19\n")))
                .as("the point's own year: which side is unknown, so held to the template").isTrue();
        assertThat(since.covers(parser.parse("c.md", "# C\n\n- Start Date: 2019-02-30\n"))).isTrue();
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
    void headerDatesAreReadTheWaysPeopleWriteThem() {
        assertThat(Since.dateOf("2017-08-14")).contains(LocalDate.of(2017, 8, 14));
        assertThat(Since.dateOf("(2016-06-17)")).contains(LocalDate.of(2016, 6, 17));
        assertThat(Since.dateOf("2020/05/18")).contains(LocalDate.of(2020, 5, 18));
        assertThat(Since.dateOf("2023-10-3")).contains(LocalDate.of(2023, 10, 3));
        assertThat(Since.dateOf("23-07-2014")).contains(LocalDate.of(2014, 7, 23));
        assertThat(Since.dateOf("07/23/2014")).contains(LocalDate.of(2014, 7, 23));
        assertThat(Since.dateOf("03/04/2014")).as("March 4 or 3 April: not guessed").isEmpty();
        assertThat(Since.dateOf("2019-13-45")).as("no calendar date").isEmpty();
        assertThat(Since.dateOf("2020-05/18")).as("mixed separators").isEmpty();
        assertThat(Since.dateOf("2021.3.1")).isEmpty();
        assertThat(Since.dateOf("20210301")).isEmpty();
    }

    @Test
    void aHeaderDateInAnotherShapeStillExemptsAnOlderSpec() {
        Since since = Since.parse("2018-03-01");
        assertThat(since.covers(parser.parse("a.md", "# A\n\n- Start Date: (2016-06-17)\n"))).isFalse();
        assertThat(since.covers(parser.parse("b.md", "# B\n\n- Start Date: 23-07-2014\n"))).isFalse();
        assertThat(since.covers(parser.parse("c.md", "# C\n\n- Start Date: 2019/1/5\n"))).isTrue();
    }

    @Test
    void badPointsAreRejectedWithWhatToWrite() {
        assertThatThrownBy(() -> Since.parse("March 2018")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> Since.parse("2018-02-30")).hasMessageContaining("no calendar date");
    }
}
