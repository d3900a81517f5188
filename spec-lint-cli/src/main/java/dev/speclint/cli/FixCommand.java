package dev.speclint.cli;

import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.fix.ProjectFixer;
import dev.speclint.core.report.ReportContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spec-lint fix [paths...]}: applies the fixes the rules offer (missing sections, fields and
 * checklist items from the template, heading levels, mistyped suppression ids), then reports what
 * is left as {@code lint} would.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the mechanical fixes the rules offer to Markdown files (and the *.md files under "
                + "directories), then prints the findings left.",
            "Each changed file is written atomically; every byte outside an edit, line endings and byte order "
                + "mark included, stays as it was."})
final class FixCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = "--dry-run", description = "Print a unified diff of the fixes and change nothing")
    boolean dryRun;

    @Option(names = "--allow-empty", description = "Accept a run that matches no file (default: exit 2)")
    boolean allowEmpty;

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
        SpecLinter linter = LinterFactory.build(configOptions.load(), configOptions.classLoader(), null, null,
                output.progress(err), err);
        ProjectFixer.Run run = new ProjectFixer(linter).fix(targets, dryRun);
        EmptyRun.check(run.remaining(), targets, linter, allowEmpty);
        // the diff and the counts go where they do not spoil a machine-readable report
        PrintWriter notes = output.format.format().equals("text") ? out : err;
        for (ProjectFixer.FileFix f : run.files()) {
            if (f.problem() != null) {
                err.println("spec-lint: " + f.display() + ": " + f.problem());
            }
            if (dryRun && !f.diff().isEmpty()) {
                notes.print(f.diff());
            }
        }
        if (!output.quiet) {
            notes.println(counts(run));
        }
        notes.flush();
        int code = output.report(run.remaining(), ReportContext.of(linter, false), out, err);
        return run.writeFailed() ? SpecLintCommand.FAILURE : code;
    }

    /** "Applied 5 fixes to 1 file: required-section 3, metadata-field 2", or what a dry run would do. */
    private String counts(ProjectFixer.Run run) {
        if (run.appliedCount() == 0) {
            return "No fix to apply.";
        }
        StringBuilder sb = new StringBuilder(dryRun ? "Would apply " : "Applied ");
        sb.append(run.appliedCount()).append(run.appliedCount() == 1 ? " fix" : " fixes").append(" to ")
                .append(run.changedFiles()).append(run.changedFiles() == 1 ? " file" : " files");
        sb.append(dryRun ? " (dry run: nothing written):" : ":");
        for (Map.Entry<String, Integer> e : run.appliedByRule().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            sb.append(System.lineSeparator()).append("  ").append(e.getKey()).append(": ").append(e.getValue());
        }
        return sb.toString();
    }
}
