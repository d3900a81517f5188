package dev.speclint.core.engine;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.cache.LintCache;
import dev.speclint.core.engine.cache.RunFingerprint;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.index.SpecIndexer;
import dev.speclint.core.parse.DeepStack;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.CompiledTemplates;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.profile.ProfileLoader;
import dev.speclint.core.profile.ProfileSet;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The Java API: built once (config, profile, rules), then lints files, directories or text, from
 * any number of threads. Results are sorted by file, line, column and rule, and identical whatever
 * the thread count.
 *
 * <pre>{@code
 * SpecLinter linter = SpecLinter.builder().build();          // built-in profile, every rule
 * LintResult result = linter.lint(List.of(Path.of("docs")));
 * result.violations().forEach(System.out::println);
 * }</pre>
 */
public final class SpecLinter {

    private final LintConfig config;
    private final Profile profile;
    private final ProfileSet profiles;
    private final RuleRegistry registry;
    private final Path baseDir;
    private final int threads;
    private final FileLinter fileLinter;
    private final CachedFileLinter cachedLinter;
    private final ProjectLinter projectLinter;
    private final ProgressListener progress;
    private final Path cacheFile;
    private final Consumer<String> warnings;
    private volatile String fingerprint;

    private SpecLinter(Builder b, ProfileSet profiles) {
        this.profile = profiles.defaultProfile();
        this.config = profile.config();
        this.profiles = profiles;
        this.registry = b.registry;
        this.baseDir = b.baseDir;
        this.threads = b.threads;
        this.fileLinter = new FileLinter(b.parser, profiles, registry);
        this.cachedLinter = new CachedFileLinter(fileLinter, registry, config);
        this.projectLinter = new ProjectLinter(profile, registry);
        this.progress = b.progress;
        this.cacheFile = b.cacheFile;
        this.warnings = b.warnings;
    }

    /**
     * Starts building a linter.
     *
     * @return a builder with the defaults: {@link LintConfig#defaults()}, every rule on the class
     *     path, the working directory as base directory, one thread per processor, no cache
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The config of the default profile.
     *
     * @return the config the linter was built with, as its default profile holds it
     */
    public LintConfig config() {
        return config;
    }

    /**
     * The default profile.
     *
     * @return the profile of files no per-file {@code profiles:} entry matches
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Every profile of the run, and which file gets which.
     *
     * @return the default profile and the per-file ones
     */
    public ProfileSet profiles() {
        return profiles;
    }

    /**
     * The rules this linter runs.
     *
     * @return the registry given to {@link Builder#rules} or discovered at {@link Builder#build()}
     */
    public RuleRegistry registry() {
        return registry;
    }

    /**
     * The directory display paths are relative to.
     *
     * @return an absolute, normalized path
     */
    public Path baseDir() {
        return baseDir;
    }

    /**
     * Lints files and directories (walked with the config's include and exclude globs).
     * Problems that do not stop the run (a directory that cannot be listed, a damaged cache) go to
     * {@link Builder#warnings}; a file that cannot be read or parsed is a violation in the result.
     *
     * @param paths files (linted whatever their name) and directories (walked); relative paths
     *     resolve against the working directory
     * @return every violation and file of the run, sorted
     */
    public LintResult lint(List<Path> paths) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<Path> files = new FileCollector(config.files().includes(), config.files().excludes()).collect(paths, problems);
        problems.forEach(warnings); // symbolic link loops, directories that cannot be listed
        files = withoutTemplates(files, paths);
        LintCache cache = cacheFile == null ? null : LintCache.load(cacheFile, fingerprint(), warnings);
        List<FileOutcome> outcomes = lintAll(files, cache);
        if (cache != null) {
            try {
                cache.save(cacheFile);
            } catch (IOException | RuntimeException e) {
                warnings.accept("cannot write cache " + cacheFile + " (" + e + "): the next run lints every file again");
            }
        }
        return result(outcomes, start);
    }

    /**
     * The files without the config's own template files (a template is the schema, not a spec: its
     * placeholders would all be findings); a template named as a file on its own is still linted.
     */
    private List<Path> withoutTemplates(List<Path> files, List<Path> paths) {
        Set<Path> templates = new HashSet<>();
        for (Profile p : profiles.all()) {
            try {
                Path t = profiles.root().resolve(p.name()).normalize();
                if (Files.isRegularFile(t)) {
                    templates.add(t.toAbsolutePath());
                }
            } catch (InvalidPathException e) {
                // a built-in profile's name, not a path
            }
        }
        if (templates.isEmpty()) {
            return files;
        }
        Set<Path> named = new HashSet<>();
        for (Path p : paths) {
            named.add(p.toAbsolutePath().normalize());
        }
        List<Path> out = new ArrayList<>(files.size());
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            if (!templates.contains(abs) || named.contains(abs)) {
                out.add(f);
            }
        }
        return out;
    }

    /** What results depend on besides the files: computed once, on the first run with a cache. */
    private String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = RunFingerprint.of(registry, profiles, baseDir);
            fingerprint = f;
        }
        return f;
    }

    /**
     * The spec index of {@code result}, a result of this linter's {@link #lint}: per spec its metadata,
     * completeness and findings, and the run's counts. Each file is read and parsed again; a file that
     * is gone or cannot be parsed keeps its findings only.
     *
     * @param result a result of this linter's {@link #lint}
     * @return one entry per file of {@code result}, and the counts by rule
     */
    public SpecIndex index(LintResult result) {
        Map<String, List<Violation>> byFile = new HashMap<>();
        for (Violation v : result.violations()) {
            byFile.computeIfAbsent(v.file(), k -> new ArrayList<>()).add(v);
        }
        // parsed again on the run's threads, as linting does: parsing is most of the cost
        int poolSize = Math.max(1, Math.min(threads, result.files().size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, workerFactory());
        try {
            List<Future<SpecEntry>> futures = new ArrayList<>(result.files().size());
            for (String display : result.files()) {
                List<Violation> findings = byFile.getOrDefault(display, List.of());
                Path file = baseDir.resolve(display);
                futures.add(pool.submit(() -> fileLinter.index(file, display, findings)));
            }
            List<SpecEntry> entries = new ArrayList<>(futures.size());
            for (Future<SpecEntry> f : futures) {
                entries.add(await(f));
            }
            return SpecIndex.of(entries, SpecIndexer.byRule(result.violations()));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Lints Markdown held in memory, named {@code name} in the result. Relative links are not
     * checked against any directory.
     *
     * @param name the display path the result gives the text, e.g. {@code docs/spec.md}
     * @param markdown the document's text
     * @return the violations of that one document, project rules included
     */
    public LintResult lintText(String name, String markdown) {
        return lintText(name, markdown, null);
    }

    /**
     * Lints Markdown held in memory as if it were a file in {@code directory} (relative links are
     * checked against it); null for none.
     *
     * @param name the display path the result gives the text, e.g. {@code docs/spec.md}
     * @param markdown the document's text
     * @param directory the directory relative links resolve against, or null to check none
     * @return the violations of that one document, project rules included
     */
    public LintResult lintText(String name, String markdown, Path directory) {
        long start = System.nanoTime();
        return result(List.of(DeepStack.call(() -> fileLinter.lintText(name, markdown, directory))), start);
    }

    private LintResult result(List<FileOutcome> outcomes, long start) {
        List<Violation> violations = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            violations.addAll(o.violations());
            files.add(o.displayPath());
        }
        violations.addAll(projectLinter.lint(outcomes));
        violations.sort(Violation.ORDER);
        files.sort(null);
        int cached = (int) outcomes.stream().filter(FileOutcome::cached).count();
        return new LintResult(violations, files, Duration.ofNanos(System.nanoTime() - start),
                lineTexts(outcomes, violations), cached);
    }

    /** The text of every line a violation points at. */
    private static Map<String, Map<Integer, String>> lineTexts(List<FileOutcome> outcomes, List<Violation> violations) {
        Map<String, SpecDocument> documents = new HashMap<>();
        for (FileOutcome o : outcomes) {
            o.document().ifPresent(d -> documents.put(o.displayPath(), d));
        }
        Map<String, Map<Integer, String>> out = new HashMap<>();
        for (Violation v : violations) {
            SpecDocument d = documents.get(v.file());
            if (d != null && v.line() <= d.lineCount()) {
                out.computeIfAbsent(v.file(), k -> new HashMap<>()).put(v.line(), d.lines().get(v.line() - 1));
            }
        }
        return out;
    }

    private List<FileOutcome> lintAll(List<Path> files, LintCache cache) {
        // even one thread runs on a worker: workers have the large stack deep documents need
        int poolSize = Math.max(1, Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, workerFactory());
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(Collections.nCopies(files.size(), null));
            AtomicInteger done = new AtomicInteger();
            int total = files.size();
            for (int i : largestFirst(files)) {
                Path f = files.get(i);
                futures.set(i, pool.submit(() -> {
                    FileOutcome outcome = cachedLinter.lintFile(f, display(f), cache);
                    progress.fileDone(done.incrementAndGet(), total);
                    return outcome;
                }));
            }
            List<FileOutcome> out = new ArrayList<>(files.size());
            for (Future<FileOutcome> future : futures) {
                out.add(await(future));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The positions of {@code files}, largest file first: the workers start on the long files, so the run does not
     * end with one worker on a large file while the others wait. The outcomes keep the files' order. A file whose
     * size cannot be read counts as empty (reading it reports why).
     */
    private static List<Integer> largestFirst(List<Path> files) {
        long[] sizes = new long[files.size()];
        List<Integer> order = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            try {
                sizes[i] = Files.size(files.get(i));
            } catch (IOException | RuntimeException e) {
                sizes[i] = 0;
            }
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(sizes[b], sizes[a]));
        return order;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lint run interrupted", e);
        } catch (ExecutionException e) {
            // the linters turn every failure into a violation; reaching here is a bug in spec-lint
            throw new IllegalStateException("spec-lint failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory workerFactory() {
        return DeepStack.threadFactory("spec-lint");
    }

    /**
     * The display path of {@code file}: relative to the base directory when under it, forward slashes.
     *
     * @param file a file, absolute or relative to the working directory
     * @return the path as results name it; the normalized path as given when it is not under the
     *     base directory
     */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseDir) ? baseDir.relativize(abs) : file.normalize();
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? file.toString() : s;
    }

    /** Builds a {@link SpecLinter}. */
    public static final class Builder {

        private LintConfig config = LintConfig.defaults();
        private Profile profile;
        private RuleRegistry registry;
        private ClassLoader classLoader = SpecLinter.class.getClassLoader();
        private Path baseDir = Path.of("").toAbsolutePath();
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;
        private final SpecParser parser = new SpecParser();
        private Path cacheFile;
        private Consumer<String> warnings = message -> {
        };
        private CompiledTemplates templates = CompiledTemplates.none();
        private Consumer<String> templateCompiled = message -> {
        };

        private Builder() {
        }

        /**
         * The config (default: {@link LintConfig#defaults()}).
         *
         * @param value the config; not null
         * @return this builder
         */
        public Builder config(LintConfig value) {
            this.config = Objects.requireNonNull(value);
            return this;
        }

        /**
         * A profile already loaded, for every file; otherwise the config's profiles are loaded at
         * {@link #build()}.
         *
         * @param value the profile, or null to load the config's profiles
         * @return this builder
         */
        public Builder profile(Profile value) {
            this.profile = value;
            return this;
        }

        /**
         * The rules (default: every {@code RuleProvider} on the class loader).
         *
         * @param value the rules, or null to discover them at {@link #build()}
         * @return this builder
         */
        public Builder rules(RuleRegistry value) {
            this.registry = value;
            return this;
        }

        /**
         * Where rule providers and built-in profiles are found (default: spec-lint's own loader); the
         * config's {@link LintConfig#pluginPath()} adds to it.
         *
         * @param value the class loader; not null
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Paths are shown relative to this directory; template paths and {@code profiles:} globs resolve
         * against it when the config has no file (else against the config file's directory).
         *
         * @param value the directory; a relative one resolves against the working directory
         * @return this builder
         */
        public Builder baseDir(Path value) {
            this.baseDir = value.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Files linted at once (default: available processors).
         *
         * @param value the number of lint threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is below 1
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Told after each file of a {@link SpecLinter#lint} run (default: nobody).
         *
         * @param value the listener; not null ({@link ProgressListener#NONE} for nobody)
         * @return this builder
         */
        public Builder progress(ProgressListener value) {
            this.progress = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Keeps results in {@code file} between runs (default: no cache). A file whose bytes are
         * unchanged since the run that wrote the cache is neither parsed nor linted again (its
         * violations come from the cache) unless a cross-file rule needs more of it than its metadata
         * (see {@link dev.speclint.core.rule.ProjectRule#readsMetadataOnly()}); then it is parsed, not
         * linted. Anything else a result depends on (spec-lint's version and code, the rules, the
         * config, the templates of every profile, the base directory) is fingerprinted: when it
         * changes, every file is linted again. A missing cache file starts empty; a damaged or foreign
         * one is ignored with a warning (see {@link #warnings}); the file is rewritten atomically after
         * each {@link SpecLinter#lint} run. Results are the same with or without a cache.
         *
         * @param file the cache file, or null for no cache
         * @return this builder
         */
        public Builder cache(Path file) {
            this.cacheFile = file == null ? null : file.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Told of problems that do not stop a run (default: ignored): a damaged cache file, a directory
         * that cannot be listed, a symbolic link loop met while walking.
         *
         * @param value receives one message per problem, on the thread that called
         *     {@link SpecLinter#lint}; not null
         * @return this builder
         */
        public Builder warnings(Consumer<String> value) {
            this.warnings = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Compiled templates kept between builds (default: {@link CompiledTemplates#none()}, every
         * template compiled at {@link #build()}). A process that builds many linters from the same
         * templates (the Maven plugin, once per module) shares one; a template whose bytes or
         * compilation-shaping config values changed is compiled again.
         *
         * @param value the cache; not null
         * @return this builder
         */
        public Builder compiledTemplates(CompiledTemplates value) {
            this.templates = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Told of each template {@link #build()} compiles, rather than takes from
         * {@link #compiledTemplates}, as {@code template <name> compiled in <n> ms} (default: nobody).
         *
         * @param value receives one line per template compiled, on the thread that called
         *     {@link #build()}; not null
         * @return this builder
         */
        public Builder templateCompiled(Consumer<String> value) {
            this.templateCompiled = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Builds the linter: discovers the rules if none were given, checks the config against them
         * and loads the profiles.
         *
         * @return the linter, ready for any number of runs
         * @throws ConfigException when the config names an unknown rule or a bad option, a
         *     {@code pluginPath} entry cannot be read, or a profile cannot be loaded
         * @throws dev.speclint.core.rule.DuplicateRuleException when two rules share an id
         */
        public SpecLinter build() throws ConfigException {
            String where = config.source().name().map(n -> n + ": ").orElse("");
            ClassLoader loader = PluginClassLoader.of(config.pluginPath(), classLoader, where);
            if (registry == null) {
                registry = RuleRegistry.discover(loader);
            }
            ConfigValidator.check(config, registry);
            ProfileSet profiles = profile != null ? ProfileSet.of(profile)
                    : ProfileSet.load(config, new ProfileLoader(loader, parser, templates, templateCompiled),
                            baseDir);
            ConfigValidator.checkOptions(profiles, registry);
            return new SpecLinter(this, profiles);
        }
    }
}
