package dev.speclint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.Table;
import dev.speclint.core.document.TableCell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's header and body rows, as rules read them. */
class TableParsingTest {

    @Test
    void theDelimiterRowIsNeitherHeaderNorBody() {
        SpecDocument doc = new SpecParser().parse("t.md", """
                ## Risks

                | Risk | Probability |
                |------|:-----------:|
                | Duplicate capture | Low |
                | Throttling | Medium |
                """);

        Table table = doc.tables().get(0);
        assertThat(table.header()).extracting(TableCell::text).containsExactly("Risk", "Probability");
        assertThat(table.rows()).hasSize(2);
        List<TableCell> first = table.rows().get(0);
        assertThat(first).extracting(TableCell::text).containsExactly("Duplicate capture", "Low");
        assertThat(first.get(1).line()).isEqualTo(5);
        assertThat(first.get(1).column()).isEqualTo(23);
        assertThat(table.sectionLine()).isEqualTo(1);
    }
}
