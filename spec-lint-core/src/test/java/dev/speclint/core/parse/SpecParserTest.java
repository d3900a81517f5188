package dev.speclint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.Link;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.Table;
import dev.speclint.core.document.TitleKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecParserTest {

    private final SpecParser parser = new SpecParser();

    @Test
    void aListLabelWithoutTheSpaceBeforeALinkOrUrlIsStillMetadataButAUrlAloneIsNot() {
        SpecDocument d = parse(String.join("\n",
                "# RFC",
                "",
                "- Rust Issue:[rust-lang/rust#151425](https://github.com/rust-lang/rust/issues/151425)",
                "- Start Date:<2024-01-01>",
                "- Tracking Issue:https://github.com/rust-lang/rust/issues/43036",
                "- http://example.com",
                "- a:b",
                ""));
        assertThat(d.metadata()).extracting(MetadataField::key, MetadataField::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Rust Issue",
                                "[rust-lang/rust#151425](https://github.com/rust-lang/rust/issues/151425)"),
                        org.assertj.core.groups.Tuple.tuple("Start Date", "<2024-01-01>"),
                        org.assertj.core.groups.Tuple.tuple("Tracking Issue",
                                "https://github.com/rust-lang/rust/issues/43036"));
    }

    @Test
    void metadataAfterAFirstHeadingOfLevelTwoIsTheHeaderButNotAfterALaterOne() {
        SpecDocument d = parse(String.join("\n",
                "## `unsafe_pinned`",
                "",
                "- Feature Name: `unsafe_pinned`",
                "- Start Date: 2022-11-05",
                "",
                "## Summary",
                "",
                "- Scope: not metadata",
                ""));
        assertThat(d.metadata()).extracting(MetadataField::key).containsExactly("Feature Name", "Start Date");
        SpecDocument late = parse(String.join("\n", "Intro text.", "", "## Title", "", "- Owner: someone", ""));
        assertThat(late.metadata()).isEmpty();
    }

    private SpecDocument parse(String markdown) {
        return parser.parse("test.md", markdown);
    }

    private static List<String> titles(SpecDocument d) {
        return d.allSections().stream().map(s -> s.level() + ":" + s.title() + "@" + s.line()).toList();
    }

    @Test
    void headingsInCodeHtmlCommentsQuotesAndListsAreNotSections() {
        SpecDocument d = parse(String.join("\n",
                "# Title",
                "```",
                "## in fenced code",
                "```",
                "",
                "    ## in indented code",
                "",
                "<div>",
                "## in an HTML block",
                "</div>",
                "",
                "<!--",
                "## in a comment",
                "-->",
                "",
                "> ## in a block quote",
                "",
                "- ## in a list item",
                "",
                "## Real",
                ""));
        assertThat(titles(d)).containsExactly("1:Title@1", "2:Real@20");
    }

    @Test
    void setextHeadingsAreSections() {
        SpecDocument d = parse("Title\n=====\n\nGoals\n-----\ntext\n");
        assertThat(titles(d)).containsExactly("1:Title@1", "2:Goals@4");
        assertThat(d.sections().get(0).children().get(0).endLine()).isEqualTo(6);
    }

    @Test
    void sectionTreeNestsDeeperHeadingsAndEndsAtTheNextSameOrHigherLevel() {
        SpecDocument d = parse("# T\n## A\n### A1\ntext\n## B\n#### B1\n## C\n");
        Section root = d.sections().get(0);
        assertThat(root.children()).extracting(Section::title).containsExactly("A", "B", "C");
        Section a = root.children().get(0);
        assertThat(a.endLine()).isEqualTo(4);
        assertThat(a.children().get(0).hasOwnContent()).isTrue();
        assertThat(a.hasOwnContent()).isFalse();
        assertThat(a.hasContent()).isTrue();
        assertThat(root.children().get(1).children()).extracting(Section::title).containsExactly("B1");
        assertThat(root.children().get(2).hasContent()).isFalse();
        assertThat(root.children().get(1).parent()).contains(root);
    }

    @Test
    void crlfCrAndBomGiveTheSameLinesAndColumnsAsLf() throws Exception {
        String lf = "# Title\n\n**Status:** Draft\n\n## Goals\n- [ ] [Goal one]\n\n| A | B |\n|---|---|\n| x | [y] |\n";
        SpecDocument expected = parse(lf);
        byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] cr = lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + lf).getBytes(StandardCharsets.UTF_8);
        for (byte[] variant : List.of(crlf, cr, bom)) {
            SpecDocument d = parser.parse("test.md", variant);
            assertThat(titles(d)).isEqualTo(titles(expected));
            assertThat(d.lines()).isEqualTo(expected.lines());
            assertThat(d.proseLines()).isEqualTo(expected.proseLines());
            assertThat(d.metadata()).isEqualTo(expected.metadata());
            assertThat(d.checklist()).isEqualTo(expected.checklist());
            assertThat(d.tables()).isEqualTo(expected.tables());
        }
        assertThat(expected.checklist()).containsExactly(new ChecklistItem(false, "[Goal one]", 6, 1, 5));
        assertThat(expected.tables().get(0).rows().get(0).get(1)).isEqualTo(new dev.speclint.core.document.TableCell("[y]", 10, 7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "🎯 Goals & Non-Goals | Goals and Non-Goals",
        "⚠️ Risks & Mitigations | Risks and Mitigations",
        "📋 Executive   Summary | executive summary",
        "🏗️ System Architecture | System Architecture",
        "Authentication & Authorization | authentication and authorization"})
    void emojiAmpersandCaseAndSpacingDoNotChangeTheKey(String a, String b) {
        assertThat(TitleKey.of(a)).isEqualTo(TitleKey.of(b));
    }

    @Test
    void closingHashesAreNotPartOfTheTitle() {
        SpecDocument d = parse("## 🎯 Goals & Non-Goals ##\n\n## Goals and Non-Goals\n");
        List<Section> s = d.allSections();
        assertThat(s.get(0).key()).isEqualTo(s.get(1).key()).isEqualTo("goals and non-goals");
        assertThat(s.get(0).title()).isEqualTo("🎯 Goals & Non-Goals");
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndColumn() {
        byte[] bytes = "# Title\n\nCaf\u00e9 ok\nbad: X\n".getBytes(StandardCharsets.UTF_8);
        int x = indexOf(bytes, (byte) 'X');
        bytes[x] = (byte) 0xE9; // Latin-1 é: not UTF-8 here
        assertThatThrownBy(() -> parser.parse("test.md", bytes))
                .isInstanceOfSatisfying(InvalidEncodingException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("line 4", "UTF-8");
                });
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError();
    }

    @Test
    void metadataComesFromHeaderLinesBeforeTheFirstH2AndFromFrontMatter() {
        SpecDocument d = parse(String.join("\n",
                "---",
                "owner: \"team-a\"",
                "---",
                "# Spec",
                "",
                "**Spec ID:** SPEC-PAY-1  ",
                "**Status**: Approved",
                "- **Epic:** PAY-100",
                "",
                "## Summary",
                "**Purpose:** not metadata",
                ""));
        assertThat(d.metadata()).extracting(MetadataField::key, MetadataField::value, MetadataField::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("owner", "team-a", 2),
                        org.assertj.core.groups.Tuple.tuple("Spec ID", "SPEC-PAY-1", 6),
                        org.assertj.core.groups.Tuple.tuple("Status", "Approved", 7),
                        org.assertj.core.groups.Tuple.tuple("Epic", "PAY-100", 8));
        MetadataField id = d.metadataField("spec id").orElseThrow();
        assertThat(id.column()).isEqualTo(1);
        assertThat(id.valueColumn()).isEqualTo(14);
        assertThat(d.proseLines().get(1)).isBlank();
    }

    @Test
    void checklistItemsKnowStateTextPositionAndSection() {
        SpecDocument d = parse("# T\n## Security\n- [ ] Input validation\n* [x] XSS\n1. [X] CSRF\n- [ ] ~~Rate limiting~~\n");
        assertThat(d.checklist()).containsExactly(
                new ChecklistItem(false, "Input validation", 3, 1, 2),
                new ChecklistItem(true, "XSS", 4, 1, 2),
                new ChecklistItem(true, "CSRF", 5, 1, 2),
                new ChecklistItem(false, "~~Rate limiting~~", 6, 1, 2));
        assertThat(d.checklist().get(3).key()).isEqualTo("rate limiting");
    }

    @Test
    void tablesKeepHeaderRowsAndOwningSection() {
        SpecDocument d = parse("# T\n## Risks\n\n| Risk | Impact |\n|------|--------|\n| Outage | High |\n| Leak | `Low` |\n");
        Table t = d.tables().get(0);
        assertThat(t.header()).extracting(c -> c.text()).containsExactly("Risk", "Impact");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.line()).isEqualTo(4);
        assertThat(t.sectionLine()).isEqualTo(2);
        assertThat(d.proseLines().get(6)).doesNotContain("Low");
    }

    @Test
    void proseLinesBlankCodeLinksFootnotesTaskBoxesAndCommentsKeepingColumns() {
        SpecDocument d = parse(String.join("\n",
                "A [link](http://x/[y]) and [ref][r] and `code[]` and[^1] <!-- [c] --> [Name]",
                "- [ ] task [Item]",
                "",
                "```markdown",
                "[Quoted]",
                "```",
                "",
                "[r]: http://example.com",
                "[^1]: note [Fn]",
                ""));
        List<String> prose = d.proseLines();
        assertThat(prose.get(0)).hasSameSizeAs(d.lines().get(0));
        assertThat(prose.get(0)).doesNotContain("link", "[ref]", "code", "[^1]", "[c]").contains("[Name]");
        assertThat(prose.get(0).indexOf("[Name]")).isEqualTo(d.lines().get(0).indexOf("[Name]"));
        assertThat(prose.get(1)).isEqualTo("-     task [Item]");
        assertThat(prose.get(4)).isBlank();
        assertThat(prose.get(7)).isBlank();
        assertThat(prose.get(8)).isEqualTo("      note [Fn]");
        assertThat(d.links()).extracting(Link::kind, Link::destination).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Link.Kind.INLINE, "http://x/[y]"),
                org.assertj.core.groups.Tuple.tuple(Link.Kind.REFERENCE, "http://example.com"));
        assertThat(d.comments()).extracting(c -> c.body()).containsExactly("[c]");
        assertThat(d.codeBlocks()).singleElement().satisfies(c -> {
            assertThat(c.language()).isEqualTo("markdown");
            assertThat(c.line()).isEqualTo(4);
            assertThat(c.endLine()).isEqualTo(6);
        });
    }

    @Test
    void proseLinesDifferOnlyWhereSomethingWasBlankedAcrossLines() {
        SpecDocument d = parse(String.join("\n",
                "# Title",
                "",
                "Text <!-- a comment",
                "over two lines --> after, `a code",
                "span` end",
                "",
                "Plain text stays.",
                "```",
                "code",
                "```",
                "last line without a line feed"));
        List<String> prose = d.proseLines();
        assertThat(prose).hasSameSizeAs(d.lines());
        for (int i = 0; i < prose.size(); i++) {
            assertThat(prose.get(i)).hasSameSizeAs(d.lines().get(i));
        }
        assertThat(prose.get(2)).isEqualTo("Text               ");
        assertThat(prose.get(3)).isEqualTo("                   after,        ");
        assertThat(prose.get(4)).isEqualTo("      end");
        assertThat(prose.get(6)).isEqualTo("Plain text stays.");
        assertThat(prose.get(8)).isBlank();
        assertThat(prose.get(10)).isEqualTo("last line without a line feed");
        SpecDocument plain = parse("# Title\n\nNothing to blank.\n");
        assertThat(plain.proseLines()).isEqualTo(plain.lines());
    }

    @Test
    void emptyAndBomOnlyInputsGiveAnEmptyDocument() throws Exception {
        for (byte[] bytes : List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            SpecDocument d = parser.parse("empty.md", bytes);
            assertThat(d.sections()).isEmpty();
            assertThat(d.lineCount()).isEqualTo(1);
        }
    }
}
