package dev.speclint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.TemplateSchema;
import dev.speclint.core.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precision work must not cost recall: real accepted specs that lint clean with their corpus's
 * committed config (examples/configs/) are damaged the ways authors damage specs, and each damage must
 * be found. For each corpus, the first clean specs (by name) that follow the template are taken:
 * deleting a required section, emptying one, swapping two, and pasting a line of template text.
 */
class RealSpecRecallTest {

    private static final SpecParser PARSER = new SpecParser();

    static Stream<Arguments> cleanSpecs() throws Exception {
        assumeTrue(Files.isDirectory(SharedCorpus.DIR), "the shared corpus is not at " + SharedCorpus.DIR);
        List<Arguments> out = new ArrayList<>();
        String[][] corpora = {
            {"rust-rfcs.yaml", "rust-rfcs/text"},
            {"swift-evolution.yaml", "swift-evolution/proposals"},
            {"oteps.yaml", "oteps"},
            {"madr.yaml", "madr/docs/decisions"},
            {"jabref-adr.yaml", "jabref-adr/docs/decisions"},
        };
        for (String[] c : corpora) {
            Path config = Path.of("../examples/configs", c[0]);
            SpecLinter linter = SpecLinter.builder().config(ConfigLoader.load(config)).threads(1).build();
            Path dir = SharedCorpus.DIR.resolve(c[1]);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            int taken = 0;
            for (Path f : files) {
                if (taken == 2) {
                    break;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (linter.lintText(f.getFileName().toString(), text).violations().isEmpty()
                        && heldToTemplate(linter, text)
                        && requiredTopLevel(linter, text, f.getFileName().toString()).size() >= 3) {
                    out.add(Arguments.of(c[0] + " " + f.getFileName(), linter, text, f.getFileName().toString()));
                    taken++;
                }
            }
        }
        return out.stream();
    }

    private static boolean heldToTemplate(SpecLinter linter, String text) {
        SpecDocument doc = PARSER.parse("spec.md", text);
        return linter.profile().status().holdsToTemplate(doc);
    }

    /** A required top-level section of the template as the spec writes it. */
    private record Present(Section section, SectionSpec spec) {
    }

    /** The spec's sections matching required top-level sections of the template, in document order. */
    private static List<Present> requiredTopLevel(SpecLinter linter, String text, String name) {
        SpecDocument doc = PARSER.parse(name, text);
        TemplateSchema schema = linter.profiles().bestFor(doc, linter.profiles().forName(name)).schema();
        SectionMatch match = SectionMatch.of(schema, doc);
        List<Present> out = new ArrayList<>();
        for (SectionSpec spec : SectionMatch.topLevel(schema)) {
            if (spec.required()) {
                match.first(spec).filter(Section::hasOwnContent).ifPresent(s -> out.add(new Present(s, spec)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.section().line(), b.section().line()));
        return out;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static List<Violation> found(SpecLinter linter, String name, List<String> lines) {
        LintResult r = linter.lintText(name, String.join("\n", lines));
        return r.violations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanSpecs")
    void deletingARequiredSectionIsFound(String name, SpecLinter linter, String text, String file) {
        Present present = requiredTopLevel(linter, text, file).get(1);
        Section victim = present.section();
        String templateTitle = present.spec().title();
        List<String> lines = lines(text);
        lines.subList(victim.line() - 1, victim.endLine()).clear();

        assertThat(found(linter, file, lines)).as("%s without '%s'", name, victim.title())
                .anySatisfy(v -> {
                    assertThat(v.rule()).isEqualTo("required-section");
                    assertThat(v.message()).contains("'" + Titles.display(templateTitle) + "'");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanSpecs")
    void emptyingARequiredSectionIsFound(String name, SpecLinter linter, String text, String file) {
        Section victim = requiredTopLevel(linter, text, file).get(0).section();
        int bodyEnd = victim.children().isEmpty() ? victim.endLine() : victim.children().get(0).line() - 1;
        List<String> lines = lines(text);
        for (int ln = victim.line() + 1; ln <= bodyEnd; ln++) {
            lines.set(ln - 1, "");
        }
        // its subsections go too: an empty section with content in a subsection is not empty
        if (!victim.children().isEmpty()) {
            lines.subList(victim.children().get(0).line() - 1, victim.endLine()).clear();
        }

        assertThat(found(linter, file, lines)).as("%s with '%s' emptied", name, victim.title())
                .anySatisfy(v -> {
                    assertThat(v.rule()).isEqualTo("empty-section");
                    assertThat(v.line()).isEqualTo(victim.line());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanSpecs")
    void swappingTwoSectionsIsFound(String name, SpecLinter linter, String text, String file) {
        List<Present> top = requiredTopLevel(linter, text, file);
        Section a = top.get(0).section();
        Section b = top.get(1).section();
        assumeTrue(a.endLine() + 1 == b.line() && a.level() == b.level(), "the two sections are not adjacent");
        List<String> lines = lines(text);
        List<String> first = new ArrayList<>(lines.subList(a.line() - 1, a.endLine()));
        List<String> second = new ArrayList<>(lines.subList(b.line() - 1, b.endLine()));
        List<String> swapped = new ArrayList<>(lines.subList(0, a.line() - 1));
        swapped.addAll(second);
        swapped.addAll(first);
        swapped.addAll(lines.subList(b.endLine(), lines.size()));

        assertThat(found(linter, file, swapped)).as("%s with '%s' and '%s' swapped", name, a.title(), b.title())
                .anySatisfy(v -> assertThat(v.rule()).isEqualTo("section-order"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanSpecs")
    void pastingTemplateTextIsFound(String name, SpecLinter linter, String text, String file) throws IOException {
        TemplateSchema schema = linter.profiles().bestFor(PARSER.parse(file, text), linter.profiles().forName(file))
                .schema();
        List<String> pasteable = schema.boilerplate().lines().stream().filter(l -> !l.startsWith("#")
                && !l.startsWith("<!--") && !l.startsWith("-") && !l.startsWith("*") && !l.startsWith("|")
                && l.split(" ").length >= 4).sorted().toList();
        assumeTrue(!pasteable.isEmpty(), "the template has no boilerplate prose line");
        Section target = requiredTopLevel(linter, text, file).get(0).section();
        List<String> lines = lines(text);
        int at = target.line() + 1;
        lines.add(at, "");
        lines.add(at + 1, pasteable.get(0));
        lines.add(at + 2, "");

        assertThat(found(linter, file, lines)).as("%s with '%s' pasted at line %d", name, pasteable.get(0), at + 2)
                .anySatisfy(v -> {
                    assertThat(v.rule()).isIn("template-residue", "unfilled-placeholder");
                    assertThat(v.line()).isEqualTo(at + 2);
                });
    }
}
