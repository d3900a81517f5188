package dev.speclint.rules.robustness;

import static dev.speclint.core.testing.Texts.isSubsequence;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.speclint.core.baseline.Baseline;
import dev.speclint.core.baseline.BaselineException;
import dev.speclint.core.baseline.BaselineFile;
import dev.speclint.core.baseline.BaselineOutcome;
import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.fix.DocumentFixer;
import dev.speclint.core.fix.FixApplier;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.index.SpecIndexer;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SourceText;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.report.HtmlReporter;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.rule.EngineRules;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.template.PlaceholderSyntax;
import dev.speclint.core.template.TemplateCompiler;
import dev.speclint.core.template.TemplateOptions;
import dev.speclint.core.template.TemplateSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzz targets. In the normal suite each runs once per input of its seed corpus
 * ({@code src/test/resources/dev/speclint/rules/robustness/LintFuzzTestInputs/<method>/}), which
 * also holds every input a real fuzzing run found a problem with. A real run, one target at a
 * time (see docs/errors.md):
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl spec-lint-core,rules test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=LintFuzzTest#lintsAnyBytes</pre>
 *
 * <p>A finding is any exception, an {@code internal-error} violation, a hang or running out of
 * stack or memory.
 */
class LintFuzzTest {

    private static final SpecParser PARSER = new SpecParser();
    private static final SpecLinter DEFAULT_LINTER = linter();
    private static final String SPEC = read(Path.of("..", "examples", "SPEC-GW-4-api-rate-limiter.md"));

    private static SpecLinter linter() {
        try {
            return SpecLinter.builder().config(LintConfig.defaults()).threads(1).build();
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes as a file read would, or null when the bytes are not UTF-8 (an invalid-encoding violation). */
    private static String decode(byte[] bytes) {
        try {
            return SourceText.decode(bytes).text();
        } catch (InvalidEncodingException e) {
            return null;
        }
    }

    private static void assertNoInternalError(LintResult result) {
        assertThat(result.violations()).noneMatch(v -> v.rule().equals(EngineRules.INTERNAL_ERROR.id()));
    }

    /** Any bytes as a spec, linted with the default profile and every built-in rule. */
    @FuzzTest(maxDuration = "5m")
    void lintsAnyBytes(byte[] bytes) {
        String text = decode(bytes);
        if (text == null) {
            return;
        }
        assertNoInternalError(DEFAULT_LINTER.lintText("fuzz.md", text));
    }

    /**
     * Any spec text through the fix path: no pass throws or fails a rule, each pass removes nothing
     * of the text outside the ranges its applied edits name, the fixed text parses, and once the fixer
     * stops before its last pass a second run applies nothing.
     */
    @FuzzTest(maxDuration = "5m")
    void fixesAnyText(byte[] bytes) {
        String text = decode(bytes);
        if (text == null) {
            return;
        }
        String current = text;
        for (int pass = 0; pass < DocumentFixer.MAX_PASSES; pass++) {
            LintResult result = DEFAULT_LINTER.lintText("fuzz.md", current);
            assertNoInternalError(result);
            List<Fix> fixes = result.violations().stream().filter(Violation::hasFix).map(Violation::fix).toList();
            if (fixes.isEmpty()) {
                break;
            }
            FixApplier.Result applied = FixApplier.apply(current, fixes);
            assertThat(isSubsequence(outsideEdits(current, applied.applied()), applied.text()))
                    .as("pass %d keeps the text outside its edits of%n%s", pass, current).isTrue();
            if (!applied.changed() || applied.text().equals(current)) {
                break;
            }
            current = applied.text();
        }
        DocumentFixer fixer = new DocumentFixer(DEFAULT_LINTER);
        DocumentFixer.Outcome outcome = fixer.fix("fuzz.md", text);
        assertThat(outcome.text()).isEqualTo(current);
        PARSER.parse("fuzz.md", outcome.text());
        if (outcome.passes() < DocumentFixer.MAX_PASSES) {
            assertThat(fixer.fix("fuzz.md", outcome.text()).appliedCount()).as("second run on%n%s", outcome.text())
                    .isZero();
        }
    }

    /** {@code raw} without the characters the edits of {@code fixes} replace (lines and columns as TextEdit counts them). */
    private static String outsideEdits(String raw, List<Fix> fixes) {
        List<Integer> starts = new java.util.ArrayList<>();
        int bom = raw.startsWith("\uFEFF") ? 1 : 0;
        starts.add(bom);
        for (int i = bom; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        boolean[] edited = new boolean[raw.length()];
        for (Fix f : fixes) {
            for (TextEdit e : f.edits()) {
                int from = offset(starts, raw, e.startLine(), e.startColumn());
                int to = offset(starts, raw, e.endLine(), e.endColumn());
                for (int i = from; i < to; i++) {
                    edited[i] = true;
                }
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (!edited[i]) {
                kept.append(raw.charAt(i));
            }
        }
        return kept.toString();
    }

    private static int offset(List<Integer> starts, String raw, int line, int column) {
        if (line > starts.size()) {
            return raw.length();
        }
        return Math.min(raw.length(), starts.get(line - 1) + column - 1);
    }


    /** Any bytes as a template: compiled, then a fixed spec and the template itself linted against it. */
    @FuzzTest(maxDuration = "5m")
    void compilesAnyTemplate(byte[] bytes) throws ConfigException {
        String text = decode(bytes);
        if (text == null) {
            return;
        }
        SpecDocument template = PARSER.parse("template.md", text);
        TemplateSchema schema = new TemplateCompiler(TemplateOptions.of(PlaceholderSyntax.withPatterns(List.of())))
                .compile("template.md", template);
        Profile profile = Profile.of("template.md", schema, LintConfig.defaults(), Map.of());
        SpecLinter linter = SpecLinter.builder().profile(profile).threads(1).build();
        assertNoInternalError(linter.lintText("spec.md", SPEC));
        assertNoInternalError(linter.lintText("template.md", text));
    }

    /** Any bytes as spec-lint.yaml: a clear {@link ConfigException} or a config that lints a spec. */
    @FuzzTest(maxDuration = "5m")
    void loadsAnyConfig(byte[] bytes) {
        String text = decode(bytes);
        if (text == null) {
            return;
        }
        SpecLinter linter;
        try {
            LintConfig config = ConfigLoader.parse(text, Path.of("fuzz", "spec-lint.yaml"));
            linter = SpecLinter.builder().config(config).baseDir(Path.of("fuzz")).threads(1).build();
        } catch (ConfigException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertNoInternalError(linter.lintText("spec.md", SPEC));
    }

    /**
     * Any bytes as a baseline file: a clear {@link BaselineException} naming the file, or a baseline
     * that applies to a run and writes back the same entries.
     */
    @FuzzTest(maxDuration = "5m")
    void readsAnyBaseline(byte[] bytes) throws IOException {
        Path file = Path.of("fuzz", "spec-lint-baseline.json");
        Baseline baseline;
        try {
            baseline = BaselineFile.parse(file, bytes);
        } catch (BaselineException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            return;
        }
        LintResult result = DEFAULT_LINTER.lintText("spec.md", SPEC);
        BaselineOutcome outcome = baseline.apply(result, Path.of("fuzz"), file);
        assertThat(outcome.suppressed() + outcome.result().violations().size()).isEqualTo(result.violations().size());
        Path copy = Files.createTempFile("baseline", ".json");
        try {
            BaselineFile.write(copy, baseline);
            assertThat(BaselineFile.read(copy).entries()).isEqualTo(baseline.entries());
        } catch (BaselineException e) {
            throw new AssertionError("a baseline written by spec-lint does not read back: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Any spec text through the HTML report: the page holds exactly as many {@code <} as the page of
     * the same findings with every text from the input replaced by {@code x}, so no {@code <} of the
     * input reaches the output unescaped (nor a {@code "} leaves an attribute: it would need a {@code >}
     * or an unescaped quote, both escaped alike).
     */
    @FuzzTest(maxDuration = "5m")
    void rendersAnyTextAsEscapedHtml(byte[] bytes) throws IOException {
        String text = decode(bytes);
        if (text == null) {
            return;
        }
        LintResult result = DEFAULT_LINTER.lintText("fuzz.md", text);
        SpecDocument document = PARSER.parse("fuzz.md", text);
        SpecEntry entry = SpecIndexer.entry("fuzz.md", document, DEFAULT_LINTER.profile().schema(),
                DEFAULT_LINTER.profile().status(), result.violations());
        String page = html(result, entry);
        assertThat(page).doesNotContain("<script>" + "window").startsWith("<!DOCTYPE html>");

        List<Violation> blanked = result.violations().stream().map(v -> new Violation(v.file(), v.line(), v.column(),
                v.rule(), v.severity(), "x")).toList();
        Map<String, Map<Integer, String>> lines = new java.util.HashMap<>();
        for (Violation v : result.violations()) {
            if (result.lineText(v).isPresent()) {
                lines.computeIfAbsent(v.file(), k -> new java.util.HashMap<>()).put(v.line(), "x");
            }
        }
        SpecEntry x = new SpecEntry(entry.file(), "x", "x", "x", "x", "x", "x", entry.sectionsPresent(),
                entry.sectionsExpected(), entry.checklistTicked(), entry.checklistTotal(), entry.placeholders(),
                entry.errors(), entry.warnings(), entry.byRule(), entry.readable());
        String skeleton = html(new LintResult(blanked, result.files(), result.elapsed(), lines, 0), x);
        assertThat(count(page, '<')).as("tags in the page of\n" + text).isEqualTo(count(skeleton, '<'));
        assertThat(count(page, '>')).isEqualTo(count(skeleton, '>'));
    }

    private static String html(LintResult result, SpecEntry entry) throws IOException {
        SpecIndex index = SpecIndex.of(List.of(entry), SpecIndexer.byRule(result.violations()));
        ReportContext context = new ReportContext(DEFAULT_LINTER.registry(), "fuzz", ReportContext.DEFAULT_DOCS_BASE,
                false, null, r -> index);
        java.io.StringWriter out = new java.io.StringWriter();
        new HtmlReporter().write(result, context, out);
        return out.toString();
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
