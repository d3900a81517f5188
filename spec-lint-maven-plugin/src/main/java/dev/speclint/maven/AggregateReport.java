package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.index.SpecIndexer;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;

/**
 * The {@code aggregate} site report: the specs of every module of the reactor on one page of the
 * aggregating (top-level) project, paths relative to it. Each module is linted with its own config.
 */
@Mojo(name = "aggregate", defaultPhase = LifecyclePhase.SITE, aggregator = true, inheritByDefault = false,
        threadSafe = true)
public class AggregateReport extends AbstractSpecLintReport {

    @Override
    public String getDescription(Locale locale) {
        return "The specs of all modules: status, completeness and spec-lint findings.";
    }

    @Override
    public boolean canGenerateReport() {
        // only the project that aggregates: the top of the reactor
        return !skip && (reactorProjects == null || reactorProjects.isEmpty() || getProject().isExecutionRoot());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path root = getProject().getBasedir().toPath().toAbsolutePath().normalize();
        List<MavenProject> modules = reactorProjects == null || reactorProjects.isEmpty()
                ? List.of(getProject()) : reactorProjects;
        List<Violation> violations = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Map<String, Map<Integer, String>> lineTexts = new HashMap<>();
        List<SpecEntry> entries = new ArrayList<>();
        for (MavenProject module : modules) {
            Optional<Linted> linted = lint(module, root);
            if (linted.isEmpty()) {
                continue;
            }
            LintResult r = linted.get().result();
            violations.addAll(r.violations());
            files.addAll(r.files());
            for (Violation v : r.violations()) {
                r.lineText(v).ifPresent(t -> lineTexts.computeIfAbsent(v.file(), k -> new HashMap<>()).put(v.line(), t));
            }
            entries.addAll(linted.get().index().specs());
        }
        violations.sort(Violation.ORDER);
        files.sort(null);
        LintResult all = new LintResult(violations, files, Duration.ZERO, lineTexts, 0);
        SpecIndex index = SpecIndex.of(entries, SpecIndexer.byRule(violations));
        new SiteReportRenderer(getSink()).render("spec-lint: specs of " + getProject().getName() + " and its modules",
                index, all);
    }
}
