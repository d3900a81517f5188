package dev.speclint.maven;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.index.SpecIndex;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * What the site reports share: the parameters that say what to lint (as on {@code check}), linting
 * one module, and the page's name. The page itself is {@link SiteReportRenderer}.
 */
abstract class AbstractSpecLintReport extends AbstractMavenReport {

    /** The page's file name without extension: {@code spec-lint.html} in the site. */
    static final String OUTPUT_NAME = "spec-lint";

    /** Skips the report. */
    @Parameter(property = "speclint.skip", defaultValue = "false")
    boolean skip;

    /**
     * The folders holding the specs, relative to each module's base directory. Default:
     * {@code docs/specs} and {@code src/docs/specs}.
     */
    @Parameter(property = "speclint.sourceDirectories")
    List<File> sourceDirectories;

    /** Comma-separated globs of the files to lint, relative to each source directory. */
    @Parameter(property = "speclint.includes")
    String includes;

    /** Comma-separated globs of files to leave out. */
    @Parameter(property = "speclint.excludes")
    String excludes;

    /** The {@code spec-lint.yaml} to use, as on {@code check}. Default: the nearest one. */
    @Parameter(property = "speclint.configLocation")
    String configLocation;

    /** The profile to lint against, as on {@code check}. */
    @Parameter(property = "speclint.profile")
    String profile;

    /** The directory Maven was started in: where the config search stops. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getOutputPath() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "spec-lint";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    /**
     * Lints {@code module}'s source directories, with display paths relative to {@code baseDir};
     * empty when the module has none.
     */
    Optional<Linted> lint(MavenProject module, Path baseDir) throws MavenReportException {
        Path base = module.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> existing = SourceDirectories.existing(SourceDirectories.resolve(sourceDirectories, base));
        if (existing.isEmpty()) {
            getLog().info("spec-lint: no spec directory in " + base + ", nothing to report");
            return Optional.empty();
        }
        ClassLoader loader = getClass().getClassLoader();
        Path root = executionRootDirectory != null ? executionRootDirectory.toPath() : base;
        try {
            LintConfig config = new MojoConfig(base).load(new ConfigLocator(base, root, loader).locate(configLocation));
            if (profile != null && !profile.isBlank()) {
                config = config.withOnlyProfile(CheckMojo.profileName(profile, base));
            }
            List<String> inc = CheckMojo.globs(includes);
            List<String> exc = CheckMojo.globs(excludes);
            if (!inc.isEmpty() || !exc.isEmpty()) {
                config = config.withFiles(inc.isEmpty() ? config.files().includes() : inc,
                        exc.isEmpty() ? config.files().excludes() : exc);
            }
            SpecLinter.Builder builder = SpecLinter.builder().config(config).baseDir(baseDir).classLoader(loader)
                    .warnings(message -> getLog().warn("spec-lint: " + message));
            SpecLinter linter = WarmEngine.warm(builder, config, loader, message -> getLog().debug("spec-lint: " + message))
                    .build();
            LintResult result = linter.lint(existing);
            return Optional.of(new Linted(result, linter.index(result)));
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (ConfigException e) {
            throw new MavenReportException(MojoConfig.explain(e), e);
        }
    }

    /** A module's result and its index. */
    record Linted(LintResult result, SpecIndex index) {
    }
}
