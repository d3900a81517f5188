package dev.speclint.maven;

import dev.speclint.core.baseline.Baseline;
import dev.speclint.core.baseline.BaselineFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current finding into the baseline file ({@code baselineFile}, default
 * {@code ${project.basedir}/spec-lint-baseline.json}), so that {@code check} with that
 * {@code baselineFile} reports only new findings. Lints as {@code check} does (same source
 * directories, config and globs) and never fails on findings. Run it again to drop the fixed ones.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("spec-lint: skipped");
            return;
        }
        Optional<Run> run = lint();
        if (run.isEmpty()) {
            return;
        }
        Path file = target().toPath();
        Baseline baseline = Baseline.of(run.get().result(), run.get().linter().baseDir(), file);
        try {
            BaselineFile.write(file, baseline);
        } catch (IOException e) {
            throw new MojoExecutionException("spec-lint: cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
        getLog().info("spec-lint: wrote " + baseline.entries().size() + " baseline entries for "
                + run.get().result().files().size() + " files to " + file);
    }

    private File target() {
        if (baselineFile != null && !baselineFile.getPath().isBlank()) {
            return baselineFile;
        }
        return new File(basedir, BaselineFile.DEFAULT_NAME);
    }
}
