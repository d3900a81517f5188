package dev.speclint.rules.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.fix.DocumentFixer;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.testing.SharedCorpus;
import dev.speclint.core.testing.Texts;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fixes round-trip on the real corpora, in memory (the shared copy is never written): every fixed
 * file still parses, keeps every character of the original in order (fixes only insert or rewrite
 * heading marks, which the subsequence check allows only as insertions), and a second fix run
 * applies nothing. Prints the fixes applied per rule, for the record.
 */
class CorpusFixRoundTripTest {

    private static final SpecParser PARSER = new SpecParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rust-rfcs.yaml, rust-rfcs/text",
        "swift-evolution.yaml, swift-evolution/proposals",
        "oteps.yaml, oteps",
        "madr.yaml, madr/docs/decisions",
        "jabref-adr.yaml, jabref-adr/docs/decisions",
    })
    void fixingACorpusInsertsOnlyAndReachesAFixedPoint(String config, String folder) throws Exception {
        Path dir = SharedCorpus.DIR.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "the shared corpus is not at " + dir);
        SpecLinter linter = SpecLinter.builder().config(ConfigLoader.load(Path.of("../examples/configs", config)))
                .threads(1).build();
        DocumentFixer fixer = new DocumentFixer(linter);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Map<String, Integer> applied = new TreeMap<>();
        int changedFiles = 0;
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                continue; // not UTF-8: fix refuses such a file rather than guess its bytes
            }
            String name = f.getFileName().toString();
            DocumentFixer.Outcome outcome = fixer.fix(name, text);
            outcome.appliedByRule().forEach((rule, n) -> applied.merge(rule, n, Integer::sum));
            if (outcome.changed()) {
                changedFiles++;
                // section-level rewrites #'s, the one fix that replaces: compare with heading marks ignored
                String original = outcome.appliedByRule().containsKey("section-level") ? text.replace("#", "") : text;
                String result = outcome.appliedByRule().containsKey("section-level")
                        ? outcome.text().replace("#", "") : outcome.text();
                assertThat(Texts.isSubsequence(original, result)).as(name + " keeps every byte").isTrue();
                PARSER.parse(name, outcome.text());
                assertThat(fixer.fix(name, outcome.text()).appliedCount()).as(name + " second run").isZero();
            }
        }
        System.out.println("fix round trip " + folder + ": " + files.size() + " files, " + changedFiles
                + " changed, applied " + applied);
    }
}
