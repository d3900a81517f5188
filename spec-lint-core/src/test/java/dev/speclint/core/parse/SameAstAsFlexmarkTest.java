package dev.speclint.core.parse;

import dev.speclint.core.testing.SharedCorpus;
import dev.speclint.core.testing.CommonMarkExamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import dev.speclint.core.document.SpecDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * spec-lint's replacements for flexmark parts, {@link LinearHeadingParser} and {@link CopyFreeInlineParser}, give
 * the same flexmark AST as flexmark's own heading and inline parsers (full dump: every node, its offsets, a
 * heading's level, markers and text) on every corpus file and every CommonMark spec example, and the heading parser
 * is linear in a paragraph's length.
 */
class SameAstAsFlexmarkTest {

    static final Path CORPUS = SharedCorpus.DIR;

    private final SpecParser ours = new SpecParser();
    private final SpecParser flexmarks = new SpecParser(true);

    /** Every node, depth-first, one line each: class, offsets and (for a heading) its parts. */
    private static String dump(Node root) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            int depth = depths.pop();
            sb.append(" ".repeat(Math.min(depth, 50))).append(n.toAstString(true));
            if (n instanceof Heading h) {
                sb.append(" level=").append(h.getLevel()).append(" text=").append(h.getText());
            }
            sb.append('\n');
            List<Node> children = new ArrayList<>();
            n.getChildren().forEach(children::add);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
                depths.push(depth + 1);
            }
        }
        return sb.toString();
    }

    private void assertSameAst(String name, String markdown) {
        assertThat(dump(ours.flexmarkAst(markdown))).as(name).isEqualTo(dump(flexmarks.flexmarkAst(markdown)));
    }

    @Test
    void sameAstOnEveryCorpusFile() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(1000);
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertSameAst(f.toString(), text);
        }
    }

    @Test
    void sameAstOnEveryCommonMarkExample() throws IOException {
        Path spec = CORPUS.resolve("commonmark-spec/spec.txt");
        assumeTrue(Files.isRegularFile(spec), "the CommonMark spec is not at " + spec.toAbsolutePath());
        List<String> examples = CommonMarkExamples.read(spec);
        assertThat(examples).hasSize(655);
        for (int i = 0; i < examples.size(); i++) {
            assertSameAst("example " + (i + 1) + ":\n" + examples.get(i), examples.get(i));
        }
    }

    @Test
    void headingEdgeCasesMatch() {
        for (String md : List.of("# a", "####### a", "#a", "#\ta #", "# a #b", "# a \\#", "## a ##  ", "# #", "#",
                "  ### a", "    # a", "a\n===", "a\n---", "a\nb\n  ---  ", "a\n- - -", "> a\n---", "- a\n---",
                "- a\n  ---", "[x]: /u\n===", "| a |\n|---|\n| b |\n---", "```\n# a\n```", "a\n= =", "# a\n=",
                "\ta\n---", "a  \n---", "<div>\n# a\n</div>", "- # a\n- b\n  ===")) {
            assertSameAst(md, md);
        }
    }

    /** Lines {@link GuardedBlockStarts} and {@link GuardedTables} still hand to flexmark, and lines they do not. */
    @Test
    void blockStartAndTableEdgeCasesMatch() {
        for (String md : List.of("- a\n  - b\n- c", "1. a\n2) b\n10. c", "+ a\n\n+ b", "* a\n*\n* b", "-\n  a",
                "a\n- b", "a\n1. b", "a\n2. b", "  - a\n - b", "- a\nlazy\n- b", "> - a\n> b", "- [ ] a\n- [x] b",
                "```\ncode\n```", "~~~ java\nx\n~~~", "``` `a`\n", "a\n```\nb\n```", "    ```\n    x",
                "***", "___", "* * *", "- - -", "a\n***", "_a_ and *b*", "<div>\nx\n</div>", "<!-- c -->\na",
                "a\n<div>", "[^1]: note\n\n[^1]", "a | b\n--|--\nc | d", "| a |\n| - |", "a\n| b |\n|---|",
                "| a |\n|---|\nx", "a \\| b\n--|--", "| a | b |\n|:-|-:|\n| `|` | c |", "a|b", "-|-\n-|-",
                "\u0000- a\n\u0000", "- a\r\n- b\r\n", "a\r|b|\r|-|")) {
            assertSameAst(md, md);
        }
    }

    /** Code spans and runs of backticks, which {@link CopyFreeInlineParser} scans itself. */
    @Test
    void codeSpanEdgeCasesMatch() {
        for (String md : List.of("`a`", "``a``", "`a", "a`", "``a`", "`a``b`", "``a`b``", "` `` `", "`", "``", "a ``` b",
                "`a\nb`", "`a`b`c`", "x `` `y` `` z", "`\u0000`", "`a\n\n`b", "> `a\n> b`", "- `a\n  b`", "[`a`](b)",
                "*`a`*", "| `a` | b |\n|---|---|\n| ``c|`` | d |", "`<a>`", "a\\`b`", "`\\`", "```", "a `b")) {
            assertSameAst(md, md);
        }
    }

    @Test
    void aLongTableStaysLinear() {
        StringBuilder sb = new StringBuilder("# T\n\n| a | b |\n|---|---|\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("| ").append(i).append(" | x |\n");
        }
        String md = sb.toString();
        long start = System.nanoTime();
        SpecDocument d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ours.parse("t.md", md));
        System.out.printf("100,000-row table parsed in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows()).hasSize(100_000);
    }
}
