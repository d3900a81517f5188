package dev.speclint.core.report;

import dev.speclint.core.SpecLintVersion;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.index.SpecIndexer;
import dev.speclint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What reporters may need beyond the result.
 *
 * @param registry the run's rules, for their descriptions and doc links
 * @param toolVersion spec-lint's version
 * @param docsBase the base URL of the rule doc pages
 * @param color whether the text format may use ANSI colour
 * @param baseDir the directory the result's display paths are relative to ({@link SpecLinter#baseDir()}),
 *     or null when unknown; SARIF names it as {@code %SRCROOT%}
 * @param indexer builds the spec index of a result (JSON, HTML): {@link SpecLinter#index} for a
 *     context of a linter, else an index of the findings alone ({@link #findingsIndex})
 */
public record ReportContext(RuleRegistry registry, String toolVersion, String docsBase, boolean color, Path baseDir,
        Function<LintResult, SpecIndex> indexer) {

    public ReportContext {
        Objects.requireNonNull(indexer, "indexer");
    }

    /** Where the rule doc pages are published. */
    public static final String DEFAULT_DOCS_BASE = "https://github.com/spec-lint/spec-lint/blob/main/rules/docs/";
    /** spec-lint's home page. */
    public static final String INFORMATION_URI = "https://github.com/spec-lint/spec-lint";

    /** The context of a run of {@code linter}: its rules and base directory, this spec-lint's version. */
    public static ReportContext of(SpecLinter linter, boolean color) {
        return new ReportContext(linter.registry(), SpecLintVersion.get(), DEFAULT_DOCS_BASE, color, linter.baseDir(),
                linter::index);
    }

    /** A copy with colour on or off. */
    public ReportContext withColor(boolean value) {
        return new ReportContext(registry, toolVersion, docsBase, value, baseDir, indexer);
    }

    /** The spec index of {@code result}. */
    public SpecIndex index(LintResult result) {
        return indexer.apply(result);
    }

    /** An index without documents: per file its findings, no metadata or completeness. */
    public static SpecIndex findingsIndex(LintResult result) {
        List<SpecEntry> entries = new ArrayList<>();
        for (String file : result.files()) {
            entries.add(SpecIndexer.unreadable(file,
                    result.violations().stream().filter(v -> v.file().equals(file)).toList()));
        }
        return SpecIndex.of(entries, SpecIndexer.byRule(result.violations()));
    }
}
