package dev.speclint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule fixture: {@code fixtures/<rule-id>/<case>.md} and next to it {@code <case>.expected}, one
 * expected violation of that rule per line as {@code LINE:COLUMN rule-id}, optionally followed by a
 * fragment its message must contain ({@code 9:1 empty-section 'Goals'}, see {@link ExpectedViolation});
 * a line starting with {@code #} is a comment, an empty file means "no violation of this rule".
 * Optional {@code <case>.template.md} lints the case against that template instead of the built-in
 * profile; optional {@code <case>.spec-lint.yaml} sets the case's config (see {@link FixtureConfigs});
 * optional {@code <case>.<name>.companion.md} files are linted in the same run (for cross-file rules),
 * and only the case's own violations are compared.
 *
 * @param ruleId the rule under test (the folder's name)
 * @param markdown the case's Markdown file
 */
record Fixture(String ruleId, Path markdown) {

    static final Path ROOT = Path.of("src/test/resources/fixtures");

    /** Every fixture under {@link #ROOT}, sorted. */
    static List<Fixture> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".template.md")
                            && !p.toString().endsWith(".companion.md"))
                    .sorted()
                    .map(p -> new Fixture(p.getParent().getFileName().toString(), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String caseName() {
        String name = markdown.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    Path expectedFile() {
        return markdown.resolveSibling(caseName() + ".expected");
    }

    Optional<Path> template() {
        Path t = markdown.resolveSibling(caseName() + ".template.md");
        return Files.exists(t) ? Optional.of(t) : Optional.empty();
    }

    /** The case's companion files, sorted. */
    List<Path> companions() {
        try (Stream<Path> files = Files.list(markdown.getParent())) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(caseName() + ".") && n.endsWith(".companion.md");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The expected violations, in file order (see {@link ExpectedViolation} for the syntax).
     *
     * @throws IllegalArgumentException naming {@code file:line} of a line that is not of the syntax
     */
    List<ExpectedViolation> expected() {
        List<String> lines;
        try {
            lines = Files.readAllLines(expectedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + markdown + " has no " + expectedFile().getFileName(), e);
        }
        List<ExpectedViolation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(ExpectedViolation.parse(expectedFile(), i + 1, t));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return ruleId + "/" + caseName();
    }
}
