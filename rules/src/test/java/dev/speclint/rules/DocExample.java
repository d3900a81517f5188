package dev.speclint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tested examples of a rule's doc page ({@code rules/docs/<rule-id>.md}). Under
 * {@code ## Failing example}: a {@code ```markdown} block, the spec, and after it a plain {@code ```}
 * block with the console lines for that spec linted as {@code spec.md}, one per finding of the rule,
 * as {@code spec-lint lint} prints it
 * ({@code spec.md:6:1: error: section 'Data Migration' is empty: ... [empty-section]}).
 * Under {@code ## Passing example}: a {@code ```markdown} block giving no finding of the rule. A page
 * has tested examples when its failing output shows {@code spec.md:} lines, unless its failing example
 * says {@value #EXCERPT}: an excerpt of a whole spec (a section out of order is only reported in a spec
 * that follows the template) whose output is that of the whole spec. Those pages, and pages that show
 * their example in words (a file that cannot be read, two files with one id), are tested by fixtures.
 *
 * @param ruleId the rule the page documents
 * @param page the doc page
 * @param failing the failing example's spec
 * @param output the console lines expected for {@code failing}, in order
 * @param outputLine the 1-based line of the page where {@code output} starts, for messages
 * @param passing the passing example's spec
 */
record DocExample(String ruleId, Path page, String failing, List<String> output, int outputLine, String passing) {

    static final Path DOCS = Path.of("docs");

    /** The file name the examples are linted as: their console lines start with it. */
    static final String FILE = "spec.md";

    /** Marks a failing example as an excerpt of a whole spec: it is not linted alone. */
    static final String EXCERPT = "<!-- excerpt of a whole spec -->";

    /** One console line: {@code spec.md:LINE:COLUMN: severity: message [rule-id]}. */
    static final Pattern CONSOLE_LINE =
            Pattern.compile("spec\\.md:[1-9]\\d*:[1-9]\\d*: (error|warning): .+ \\[[a-z0-9-]+]");

    /**
     * The tested examples of {@code ruleId}'s page, if it has them.
     *
     * @throws IllegalArgumentException naming the page and line when the page has a failing output of
     *     {@code spec.md:} lines but a line of it is not a console line, or an example block is missing
     */
    static Optional<DocExample> of(String ruleId) {
        Path page = DOCS.resolve(ruleId + ".md");
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int failingAt = heading(lines, "## Failing example");
        int passingAt = heading(lines, "## Passing example");
        if (failingAt < 0 || passingAt < failingAt
                || lines.subList(failingAt, passingAt).stream().anyMatch(l -> l.strip().equals(EXCERPT))) {
            return Optional.empty();
        }
        Block spec = block(lines, failingAt, passingAt, "```markdown");
        Block out = spec == null ? null : block(lines, spec.end(), passingAt, "```");
        if (out == null || out.lines().isEmpty() || !out.lines().get(0).startsWith(FILE + ":")) {
            return Optional.empty();
        }
        for (int i = 0; i < out.lines().size(); i++) {
            if (!CONSOLE_LINE.matcher(out.lines().get(i)).matches()) {
                throw new IllegalArgumentException(page + ":" + (out.start() + 2 + i) + ": not a console line "
                        + "(spec.md:LINE:COLUMN: error|warning: message [" + ruleId + "]): " + out.lines().get(i));
            }
        }
        Block pass = block(lines, passingAt, lines.size(), "```markdown");
        if (pass == null) {
            throw new IllegalArgumentException(page + ":" + (passingAt + 1) + ": the failing example is tested, so "
                    + "the passing example needs a ```markdown block too");
        }
        return Optional.of(new DocExample(ruleId, page, text(spec), out.lines(), out.start() + 2, text(pass)));
    }

    /** A fenced block: the 0-based line of its opening fence, of the line after its closing fence, its lines. */
    private record Block(int start, int end, List<String> lines) {
    }

    private static int heading(List<String> lines, String heading) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(heading)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first block in {@code [from, to)} opened by exactly {@code open}; its closing fence is the
     * opening's run of backticks alone on a line (so a {@code ````markdown} block may quote a
     * {@code ```} one). Null when there is none.
     */
    private static Block block(List<String> lines, int from, int to, String open) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            String fence = line.substring(0, line.length() - line.replaceFirst("^`+", "").length());
            String info = line.substring(fence.length());
            if (fence.length() >= 3 && info.equals(open.substring(3))) {
                List<String> body = new ArrayList<>();
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).equals(fence)) {
                        return new Block(i, j + 1, body);
                    }
                    body.add(lines.get(j));
                }
                throw new IllegalArgumentException("unclosed block at line " + (i + 1));
            }
        }
        return null;
    }

    private static String text(Block block) {
        return String.join("\n", block.lines()) + "\n";
    }

    @Override
    public String toString() {
        return ruleId;
    }
}
