package dev.speclint.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.Link;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Violation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The links of the README and docs/ resolve: spec-lint's own {@code link-anchor} rule checks
 * in-page anchors and relative files; this test adds what that rule leaves out, anchors into other
 * pages ({@code cli.md#exit-codes}). Every page under docs/ is linked from the README.
 */
class DocLinksTest {

    @Test
    void linkAnchorFindsNothingInTheDocs() throws Exception {
        RuleRegistry all = RuleRegistry.discover(getClass().getClassLoader());
        List<Rule> linkAnchor = all.rules().stream().filter(r -> r.descriptor().id().equals("link-anchor")).toList();
        assertThat(linkAnchor).hasSize(1);
        SpecLinter linter = SpecLinter.builder()
                .rules(RuleRegistry.of(linkAnchor, List.of()))
                .config(LintConfig.defaults())
                .baseDir(Docs.ROOT)
                .build();

        LintResult result = linter.lint(Docs.pages());

        assertThat(result.files()).hasSize(Docs.pages().size());
        assertThat(result.violations().stream().map(Violation::toString)).isEmpty();
    }

    @Test
    void anchorsIntoOtherPagesNameAHeadingThere() throws Exception {
        SpecParser parser = new SpecParser();
        List<String> broken = new ArrayList<>();
        for (Path page : Docs.pages()) {
            SpecDocument doc = parser.parse(page.toString(), Files.readAllBytes(page));
            for (Link link : doc.links()) {
                String target = link.destination();
                int hash = target.indexOf('#');
                if (hash <= 0 || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // in-page anchors are link-anchor's; other schemes are not checked
                }
                Path file = page.getParent().resolve(decode(target.substring(0, hash))).normalize();
                String anchor = decode(target.substring(hash + 1)).toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(file) || !file.toString().endsWith(".md")
                        || !headingIds(parser, file).contains(anchor)) {
                    broken.add(Docs.ROOT.relativize(page) + ":" + link.line() + ": " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyPageUnderDocsIsLinkedFromTheReadme() throws Exception {
        SpecDocument readme = new SpecParser().parse("README.md", Files.readAllBytes(Docs.ROOT.resolve("README.md")));
        Set<Path> linked = new HashSet<>();
        for (Link link : readme.links()) {
            String target = link.destination().replaceFirst("#.*", "");
            if (!target.isEmpty() && !target.contains(":")) {
                linked.add(Docs.ROOT.resolve(decode(target)).normalize());
            }
        }
        List<Path> docs = Docs.pages().stream().filter(p -> !p.getFileName().toString().equals("README.md")).toList();
        assertThat(docs).isNotEmpty();
        assertThat(linked).containsAll(docs);
    }

    /** GitHub's heading ids, as link-anchor computes them (see rules/docs/link-anchor.md). */
    static Set<String> headingIds(SpecParser parser, Path page) throws Exception {
        SpecDocument doc = parser.parse(page.toString(), Files.readAllBytes(page));
        Set<String> ids = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Section s : doc.allSections()) {
            String id = githubId(s.title());
            int n = seen.merge(id, 1, Integer::sum) - 1;
            ids.add(n == 0 ? id : id + "-" + n);
        }
        return ids;
    }

    static String githubId(String title) {
        StringBuilder sb = new StringBuilder();
        title.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (Character.isLetterOrDigit(c) || mark || c == '-' || c == '_') {
                sb.appendCodePoint(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        });
        return sb.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
