package dev.speclint.maven;

import dev.speclint.core.baseline.Baseline;
import dev.speclint.core.baseline.BaselineEntry;
import dev.speclint.core.baseline.BaselineException;
import dev.speclint.core.baseline.BaselineFile;
import dev.speclint.core.baseline.BaselineOutcome;
import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.vcs.ChangedFiles;
import dev.speclint.core.vcs.GitChanges;
import dev.speclint.core.vcs.VcsException;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lints the module's Markdown specs against their template and fails the build on violations.
 * Rules come from spec-lint's built-in rules and from every jar under the plugin's
 * {@code <dependencies>} that has a {@code RuleProvider}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "speclint.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when more than {@code maxAllowedViolations} violations reach {@code violationSeverity}. */
    @Parameter(property = "speclint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** The least severity that counts against the build: {@code error} or {@code warning}. */
    @Parameter(property = "speclint.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /** How many violations at or above {@code violationSeverity} still pass. */
    @Parameter(property = "speclint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * The folders holding the specs, relative to the module's base directory. Default:
     * {@code docs/specs} and {@code src/docs/specs}. A folder that does not exist is skipped.
     */
    @Parameter(property = "speclint.sourceDirectories")
    List<File> sourceDirectories;

    /**
     * Comma-separated globs of the files to lint, relative to each source directory. Default: the
     * config's, else {@code **}{@code /*.md}.
     */
    @Parameter(property = "speclint.includes")
    String includes;

    /** Comma-separated globs of files to leave out, relative to each source directory. */
    @Parameter(property = "speclint.excludes")
    String excludes;

    /**
     * The {@code spec-lint.yaml} to use: a file (relative to the module's base directory) or a
     * resource on the plugin's classpath. Default: the nearest {@code spec-lint.yaml} (or
     * {@code .spec-lint.yaml}) in the module's directory or its parents, up to the directory Maven
     * was started in.
     */
    @Parameter(property = "speclint.configLocation")
    String configLocation;

    /**
     * The profile to lint against: a built-in profile's name (e.g. {@code technical-spec}) or a
     * template file's path relative to the module's base directory. Every file is then linted
     * against it: it replaces the config's profile and per-file profiles.
     */
    @Parameter(property = "speclint.profile")
    String profile;

    /** The report file. Default: {@code ${project.build.directory}/spec-lint-result.<ext>} (ext from the format). */
    @Parameter(property = "speclint.outputFile")
    File outputFile;

    /** The report file's format: any format spec-lint has, e.g. {@code json} or {@code text}. */
    @Parameter(property = "speclint.outputFileFormat", defaultValue = "json")
    String outputFileFormat;

    /** Logs each violation to the console. */
    @Parameter(property = "speclint.logViolationsToConsole", defaultValue = "true")
    boolean logViolationsToConsole;

    /** The specs' encoding. spec-lint reads UTF-8 only; any other value fails the build. */
    @Parameter(property = "speclint.encoding", defaultValue = "UTF-8")
    String encoding;

    /**
     * The incremental cache: a file whose bytes, config, templates, rules and spec-lint version are
     * unchanged since the last run is not linted again. Empty to switch the cache off. A damaged or
     * foreign cache file is a warning, never a failure.
     */
    @Parameter(property = "speclint.cacheFile", defaultValue = "${project.build.directory}/spec-lint.cache")
    File cacheFile;

    /** Files linted at once; 0 means one per available processor. */
    @Parameter(property = "speclint.threads", defaultValue = "0")
    int threads;

    /**
     * A baseline file written by {@code spec-lint:baseline}: the findings it holds are not reported and
     * do not count against the build; entries that match no finding any more are a warning. Default:
     * no baseline. A file that is missing or damaged fails the build.
     */
    @Parameter(property = "speclint.baselineFile")
    File baselineFile;

    /**
     * A git revision (branch, tag or commit, e.g. {@code origin/main}): only the specs added, modified or
     * renamed since then, and untracked ones, are reported; cross-file rules still see every spec.
     * Needs the {@code git} executable; outside a git work tree or with an unknown revision the build
     * fails. Default: every spec.
     */
    @Parameter(property = "speclint.ratchetFrom")
    String ratchetFrom;

    /** The module's base directory: source directories, config and template paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The module's build directory, where the report file goes by default. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** Where Maven was started: console paths are shown relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    /** A linter and what it found. */
    record Run(SpecLinter linter, LintResult result) {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("spec-lint: skipped");
            return;
        }
        Severity threshold = threshold(violationSeverity);
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("spec-lint: maxAllowedViolations must be 0 or more, not "
                    + maxAllowedViolations);
        }
        ViolationGate gate = new ViolationGate(threshold, maxAllowedViolations);
        Path base = basedir.toPath().toAbsolutePath().normalize();
        ReportOutput report = ReportOutput.of(outputFileFormat, outputFile == null ? null : outputFile.toPath(),
                buildDirectory.toPath());
        Baseline baseline = readBaseline();
        ChangedFiles changed = changedFiles(base);

        Optional<Run> linted = lint();
        if (linted.isEmpty()) {
            return;
        }
        SpecLinter linter = linted.get().linter();
        LintResult result = linted.get().result();
        if (changed != null) {
            result = changed.restrict(result, linter.baseDir());
            getLog().info("spec-lint: " + result.files().size() + " of " + linted.get().result().files().size()
                    + " specs changed since " + ratchetFrom);
        }
        if (baseline != null) {
            result = applyBaseline(baseline, result, linter);
        }

        Path root = executionRootDirectory != null ? executionRootDirectory.toPath() : base;
        ConsoleReport console = new ConsoleReport(base, root);
        if (logViolationsToConsole) {
            console.logViolations(result, getLog());
        }
        getLog().info(ConsoleReport.summary(result));
        report.write(result, linter);
        getLog().info("spec-lint: report written to " + report.path());

        if (gate.fails(result)) {
            String message = gate.failureMessage(result, Optional.of(report.path().toString()));
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: failOnViolation is false)");
        }
    }

    /**
     * Lints the module's source directories; empty when none exists.
     *
     * @throws MojoExecutionException when the config, a profile or the encoding is wrong
     */
    Optional<Run> lint() throws MojoExecutionException {
        Optional<Prepared> prepared = prepare();
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        SpecLinter linter = prepared.get().linter();
        LintResult result = linter.lint(prepared.get().directories());
        warnAboutUnmatched(prepared.get().directories(), result, linter);
        return Optional.of(new Run(linter, result));
    }

    /** A linter built from the config, and the existing source directories it is to check. */
    record Prepared(SpecLinter linter, List<Path> directories) {
    }

    /**
     * The linter and the existing source directories; empty when none exists.
     *
     * @throws MojoExecutionException when the config, a profile or the encoding is wrong
     */
    Optional<Prepared> prepare() throws MojoExecutionException {
        checkEncoding(encoding);
        Path base = basedir.toPath().toAbsolutePath().normalize();
        List<Path> dirs = SourceDirectories.resolve(sourceDirectories, base);
        List<Path> existing = SourceDirectories.existing(dirs);
        for (Path d : dirs) {
            if (!existing.contains(d)) {
                getLog().info("spec-lint: no spec directory " + d + ", skipped");
            }
        }
        if (existing.isEmpty()) {
            getLog().info("spec-lint: nothing to lint");
            return Optional.empty();
        }

        ClassLoader loader = getClass().getClassLoader();
        Path root = executionRootDirectory != null ? executionRootDirectory.toPath() : base;
        LintConfig config = effectiveConfig(new MojoConfig(base).load(new ConfigLocator(base, root, loader)
                .locate(configLocation)), base);
        return Optional.of(new Prepared(build(config, base, loader), existing));
    }

    /**
     * A source directory holding Markdown files of which the globs select none is most likely a
     * mistyped glob: said as a warning naming the folder and the globs (not a failure: a module may
     * keep only other Markdown there).
     */
    private void warnAboutUnmatched(List<Path> dirs, LintResult result, SpecLinter linter) {
        for (Path d : dirs) {
            boolean matched = result.files().stream()
                    .anyMatch(f -> linter.baseDir().resolve(f).normalize().startsWith(d));
            if (!matched && holdsMarkdown(d)) {
                List<String> inc = linter.config().files().includes().isEmpty() ? List.of("**/*.md")
                        : linter.config().files().includes();
                List<String> exc = linter.config().files().excludes();
                getLog().warn("spec-lint: " + d + " holds Markdown files but includes " + inc
                        + (exc.isEmpty() ? "" : " with excludes " + exc) + " match none of them; check <includes> "
                        + "and <excludes> (or the config's includes/excludes)");
            }
        }
    }

    private static boolean holdsMarkdown(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private Baseline readBaseline() throws MojoExecutionException {
        if (baselineFile == null || baselineFile.getPath().isBlank()) {
            return null;
        }
        try {
            return BaselineFile.read(baselineFile.toPath());
        } catch (BaselineException e) {
            throw new MojoExecutionException("spec-lint: baselineFile " + e.getMessage()
                    + " (write it with mvn spec-lint:baseline)", e);
        }
    }

    private LintResult applyBaseline(Baseline baseline, LintResult result, SpecLinter linter) {
        BaselineOutcome outcome = baseline.apply(result, linter.baseDir(), baselineFile.toPath());
        getLog().info("spec-lint: " + outcome.suppressed() + " findings suppressed by the baseline " + baselineFile);
        if (!outcome.stale().isEmpty()) {
            getLog().warn("spec-lint: " + outcome.stale().size() + " baseline entries match no finding any more "
                    + "(fixed): run mvn spec-lint:baseline to shrink " + baselineFile);
            for (BaselineEntry e : outcome.stale()) {
                getLog().warn("spec-lint:   " + e.file() + ": " + e.message() + " [" + e.rule() + "]");
            }
        }
        return outcome.result();
    }

    private ChangedFiles changedFiles(Path base) throws MojoExecutionException {
        if (ratchetFrom == null || ratchetFrom.isBlank()) {
            return null;
        }
        try {
            return new GitChanges().since(ratchetFrom.strip(), base);
        } catch (VcsException e) {
            throw new MojoExecutionException("spec-lint: ratchetFrom: " + e.getMessage(), e);
        }
    }

    private LintConfig effectiveConfig(LintConfig config, Path base) {
        LintConfig out = config;
        if (profile != null && !profile.isBlank()) {
            out = out.withOnlyProfile(profileName(profile, base));
        }
        List<String> inc = globs(includes);
        List<String> exc = globs(excludes);
        if (!inc.isEmpty() || !exc.isEmpty()) {
            out = out.withFiles(inc.isEmpty() ? out.files().includes() : inc,
                    exc.isEmpty() ? out.files().excludes() : exc);
        }
        return out;
    }

    /**
     * A template path given as {@code profile} is made absolute against the module, so that it does
     * not resolve against a config file's directory; a built-in name is kept.
     */
    static String profileName(String value, Path base) {
        String name = value.strip();
        try {
            Path asFile = base.resolve(name).normalize();
            return Files.exists(asFile) ? asFile.toString() : name;
        } catch (InvalidPathException e) {
            return name;
        }
    }

    /**
     * Whether the incremental cache is on. {@code -Dspeclint.cacheFile=} (empty) switches it off, but
     * Maven turns an empty {@code File} parameter into the project's base directory: that, too, means off.
     */
    boolean cacheOn() {
        if (cacheFile == null || cacheFile.getPath().isBlank()) {
            return false;
        }
        return !(cacheFile.isDirectory() && basedir != null
                && cacheFile.getAbsoluteFile().toPath().normalize().equals(basedir.getAbsoluteFile().toPath().normalize()));
    }

    private SpecLinter build(LintConfig config, Path base, ClassLoader loader) throws MojoExecutionException {
        SpecLinter.Builder b = SpecLinter.builder().config(config).baseDir(base).classLoader(loader);
        b.threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        b.warnings(message -> getLog().warn("spec-lint: " + message));
        if (cacheOn()) {
            b.cache(cacheFile.toPath());
        }
        try {
            return WarmEngine.warm(b, config, loader, message -> getLog().info("spec-lint: " + message)).build();
        } catch (ConfigException e) {
            throw new MojoExecutionException(MojoConfig.explain(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // e.g. two rule jars defining one rule id
            throw new MojoExecutionException("spec-lint: " + e.getMessage(), e);
        }
    }

    static List<String> globs(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Severity threshold(String value) throws MojoExecutionException {
        try {
            return Severity.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("spec-lint: violationSeverity: " + e.getMessage());
        }
    }

    static void checkEncoding(String value) throws MojoExecutionException {
        boolean utf8;
        try {
            utf8 = value == null || Charset.forName(value.strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            utf8 = false;
        }
        if (!utf8) {
            throw new MojoExecutionException("spec-lint: encoding '" + value + "' is not supported: spec-lint reads "
                    + "specs as UTF-8 only (invalid UTF-8 is reported per file); remove <encoding> or set it to UTF-8");
        }
    }
}
