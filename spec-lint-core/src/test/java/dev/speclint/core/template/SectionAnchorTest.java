package dev.speclint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.SpecParser;
import org.junit.jupiter.api.Test;

class SectionAnchorTest {

    private final SpecParser parser = new SpecParser();

    private String anchorOfFirstSection(String markdown) {
        SpecDocument d = parser.parse("a.md", markdown);
        return SectionAnchor.of(d.allSections().get(0), d);
    }

    @Test
    void theFirstLineUnderTheHeadingNamesTheSectionsAnchor() {
        assertThat(anchorOfFirstSection("## Summary\n[summary]: #summary\n\nText.\n")).isEqualTo("summary");
        assertThat(anchorOfFirstSection("## Retitled\n\n[Summary]: <#Summary>\n\nText.\n")).isEqualTo("summary");
    }

    @Test
    void otherFirstLinesNameNone() {
        assertThat(anchorOfFirstSection("## Summary\n\nText first.\n\n[summary]: #summary\n")).isEmpty();
        assertThat(anchorOfFirstSection("## Links\n[rfc]: https://example.com/rfc#summary\n")).isEmpty();
        assertThat(anchorOfFirstSection("## Code\n```\n[summary]: #summary\n```\n")).isEmpty();
        assertThat(anchorOfFirstSection("## Empty\n")).isEmpty();
        assertThat(anchorOfFirstSection("## Parent\n### Child\n[child]: #child\n")).as("the child's, not the parent's")
                .isEmpty();
    }
}
