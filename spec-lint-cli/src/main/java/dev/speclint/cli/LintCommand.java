package dev.speclint.cli;

import dev.speclint.core.baseline.Baseline;
import dev.speclint.core.baseline.BaselineEntry;
import dev.speclint.core.baseline.BaselineException;
import dev.speclint.core.baseline.BaselineFile;
import dev.speclint.core.baseline.BaselineOutcome;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.Reporters;
import dev.speclint.core.vcs.ChangedFiles;
import dev.speclint.core.vcs.GitChanges;
import dev.speclint.core.vcs.VcsException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spec-lint lint [paths...]}: lints files and directories. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lints Markdown files, and the *.md files under directories.")
final class LintCommand implements Callable<Integer> {

    /** Stale baseline entries listed one by one; beyond this, only counted. */
    private static final int STALE_LISTED = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Files linted at once (default: processors)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep results in FILE: unchanged files are not linted again on the next run")
    Path cache;

    @Option(names = "--allow-empty", description = "Accept a run that matches no file (default: exit 2)")
    boolean allowEmpty;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in FILE (written by 'spec-lint baseline')")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only the files added, modified or renamed since the git revision REF "
                    + "(e.g. origin/main, HEAD~1), and untracked ones; cross-file rules still see every spec")
    String changedSince;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.validate(spec.commandLine());
        Optional<List<Path>> existing = Targets.existing(paths, err);
        if (existing.isEmpty()) {
            return SpecLintCommand.FAILURE;
        }
        List<Path> targets = existing.get();
        Baseline accepted = readBaseline();
        ChangedFiles changed = changedFiles();
        SpecLinter linter = LinterFactory.build(configOptions.load(), configOptions.classLoader(), threads, cache,
                output.progress(err), err);
        LintResult result = linter.lint(targets);
        EmptyRun.check(result, targets, linter, allowEmpty);
        if (changed != null) {
            result = changed.restrict(result, linter.baseDir());
            if (result.files().isEmpty()) {
                err.println("spec-lint: no spec changed since " + changedSince);
            }
        }
        if (accepted != null) {
            result = applyBaseline(accepted, result, linter, err);
        }
        return output.report(result, ReportContext.of(linter, false), out, err);
    }

    /** The files changed since {@code --changed-since}, asked of git in the first path's folder; null without the option. */
    private ChangedFiles changedFiles() {
        if (changedSince == null) {
            return null;
        }
        Path first = paths.isEmpty() ? Path.of("") : paths.get(0).toAbsolutePath();
        Path dir = Files.isDirectory(first) ? first : first.getParent();
        try {
            return new GitChanges().since(changedSince, dir == null || !Files.isDirectory(dir) ? Path.of("") : dir);
        } catch (VcsException e) {
            throw new CliFailure("--changed-since: " + e.getMessage(), e);
        }
    }

    /** The baseline, read before linting so that a damaged one fails the run before any report is written. */
    private Baseline readBaseline() {
        if (baseline == null) {
            return null;
        }
        try {
            return BaselineFile.read(baseline);
        } catch (BaselineException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    private LintResult applyBaseline(Baseline accepted, LintResult result, SpecLinter linter, PrintWriter err) {
        BaselineOutcome outcome = accepted.apply(result, linter.baseDir(), baseline);
        err.println("spec-lint: " + outcome.suppressed() + (outcome.suppressed() == 1 ? " finding" : " findings")
                + " suppressed by the baseline " + baseline);
        List<BaselineEntry> stale = outcome.stale();
        if (!stale.isEmpty()) {
            err.println("spec-lint: warning: " + stale.size() + " baseline " + (stale.size() == 1 ? "entry matches" : "entries match")
                    + " no finding any more (fixed): run 'spec-lint baseline --output " + baseline
                    + "' to shrink the baseline");
            for (BaselineEntry e : stale.subList(0, Math.min(STALE_LISTED, stale.size()))) {
                err.println("  " + e.file() + ": " + e.message() + " [" + e.rule() + "]");
            }
            if (stale.size() > STALE_LISTED) {
                err.println("  ... and " + (stale.size() - STALE_LISTED) + " more");
            }
        }
        return outcome.result();
    }

    /** Completion candidates of {@code --format}. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Reporters.formats());
        }
    }
}
