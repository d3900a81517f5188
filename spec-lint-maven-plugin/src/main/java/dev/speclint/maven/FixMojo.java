package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.fix.ProjectFixer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the mechanical fixes the rules offer (missing sections, metadata fields and checklist items
 * from the template, heading levels, mistyped suppression ids) to the specs {@code check} would lint
 * (same source directories, config, profile and globs), writing each changed file atomically with
 * every other byte kept, then reports what is left as {@code check} does and fails the same way.
 * Never bound to a phase: run it as {@code mvn spec-lint:fix}.
 */
@Mojo(name = "fix", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class FixMojo extends CheckMojo {

    /** Logs a unified diff of the fixes and writes nothing. */
    @Parameter(property = "speclint.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("spec-lint: skipped");
            return;
        }
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("spec-lint: maxAllowedViolations must be 0 or more, not "
                    + maxAllowedViolations);
        }
        ViolationGate gate = new ViolationGate(threshold(violationSeverity), maxAllowedViolations);
        Optional<Prepared> prepared = prepare();
        if (prepared.isEmpty()) {
            return;
        }
        ProjectFixer.Run run = new ProjectFixer(prepared.get().linter()).fix(prepared.get().directories(), dryRun);
        for (ProjectFixer.FileFix f : run.files()) {
            if (f.problem() != null) {
                getLog().warn("spec-lint: " + f.display() + ": " + f.problem());
            }
            if (dryRun && !f.diff().isEmpty()) {
                f.diff().lines().forEach(getLog()::info);
            }
        }
        logCounts(run);
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path root = executionRootDirectory != null ? executionRootDirectory.toPath() : base;
        LintResult remaining = run.remaining();
        if (logViolationsToConsole) {
            new ConsoleReport(base, root).logViolations(remaining, getLog());
        }
        getLog().info(ConsoleReport.summary(remaining));
        if (run.writeFailed()) {
            throw new MojoExecutionException("spec-lint: a fixed spec could not be written (see above)");
        }
        if (gate.fails(remaining)) {
            String message = gate.failureMessage(remaining, Optional.empty());
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: failOnViolation is false)");
        }
    }

    private void logCounts(ProjectFixer.Run run) {
        if (run.appliedCount() == 0) {
            getLog().info("spec-lint: no fix to apply");
            return;
        }
        getLog().info("spec-lint: " + (dryRun ? "would apply " : "applied ") + run.appliedCount()
                + (run.appliedCount() == 1 ? " fix" : " fixes") + " to " + run.changedFiles()
                + (run.changedFiles() == 1 ? " file" : " files") + (dryRun ? " (dry run: nothing written)" : ""));
        for (Map.Entry<String, Integer> e : run.appliedByRule().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            getLog().info("spec-lint:   " + e.getKey() + ": " + e.getValue());
        }
    }
}
