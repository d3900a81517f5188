package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.profile.ProfileSet;
import dev.speclint.core.rule.EngineRules;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.TemplateSchema;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints one file: read, size check, decode, parse, per-file rules, inline suppressions. Never throws: every failure
 * becomes a violation of the file.
 */
final class FileLinter {

    private final SpecParser parser;
    private final ProfileSet profiles;
    private final LintConfig config;
    private final List<Rule> rules;
    private final SeverityPolicy severities;
    private final Set<String> knownIds;
    /** Whether a cached file must be parsed again for the project rules (one needs more than metadata). */
    private final boolean reparseCached;

    FileLinter(SpecParser parser, ProfileSet profiles, RuleRegistry registry) {
        this.parser = parser;
        this.profiles = profiles;
        this.config = profiles.defaultProfile().config();
        this.severities = new SeverityPolicy(config);
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : registry.rules()) {
            if (config.rule(r.descriptor().id()).enabled()) {
                enabled.add(r);
            }
        }
        this.rules = List.copyOf(enabled);
        this.knownIds = registry.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toUnmodifiableSet());
        this.reparseCached = registry.projectRules().stream()
                .anyMatch(r -> config.rule(r.descriptor().id()).enabled() && !r.readsMetadataOnly());
    }

    FileOutcome lintFile(Path file, String display) {
        return lintFile(file, display, null);
    }

    /**
     * Lints {@code file}, or takes its result from {@code cache} (may be null) when the file's bytes
     * and the answers to its rules' file checks are unchanged; a fresh result goes into the cache.
     */
    FileOutcome lintFile(Path file, String display, LintCache cache) {
        Profile profile = profiles.forFile(file);
        List<Violation> out = new ArrayList<>();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return engineProblem(display, EngineRules.READ_ERROR, 1, 1,
                        "is a directory, not a Markdown file: exclude it or rename it", out, profile);
            }
            long size = Files.size(file);
            long limit = config.maxFileBytes();
            if (size > limit) {
                return engineProblem(display, EngineRules.FILE_TOO_LARGE, 1, 1, "file is " + size + " bytes, over the "
                        + "limit of " + limit + " bytes: raise maxFileBytes or exclude the file", out, profile);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return engineProblem(display, EngineRules.READ_ERROR, 1, 1,
                    "no such file (or a broken symbolic link): check the path", out, profile);
        } catch (AccessDeniedException e) {
            return engineProblem(display, EngineRules.READ_ERROR, 1, 1,
                    "permission denied: make the file readable", out, profile);
        } catch (IOException | OutOfMemoryError e) {
            return engineProblem(display, EngineRules.READ_ERROR, 1, 1, "cannot read file: " + e, out, profile);
        }
        String key = null;
        byte[] hash = null;
        Path directory = file.toAbsolutePath().getParent();
        if (cache != null) {
            key = file.toAbsolutePath().normalize().toString();
            hash = RunFingerprint.digest().digest(bytes);
            LintCache.Entry hit = cache.lookup(key, hash);
            if (hit != null && stillHolds(hit.fileChecks(), directory)) {
                cache.put(key, hit);
                return fromCache(hit, bytes, profile);
            }
        }
        SpecDocument document;
        try {
            document = parser.parse(display, bytes);
        } catch (InvalidEncodingException e) {
            return engineProblem(display, EngineRules.INVALID_ENCODING, e.line(), e.column(), e.getMessage(), out,
                    profile);
        } catch (RuntimeException | StackOverflowError e) {
            return engineProblem(display, EngineRules.INTERNAL_ERROR, 1, 1,
                    "the Markdown parser failed on this file: " + e, out, profile);
        }
        List<LintCache.FileCheck> checks = cache == null ? null : new ArrayList<>();
        FileOutcome outcome = check(document, directory, out, profile, checks);
        if (cache == null && reparseCached) {
            return outcome;
        }
        LintCache.Entry entry = entry(hash, outcome, document, checks == null ? List.of() : checks);
        if (cache != null) {
            cache.put(key, entry);
        }
        // the project rules need no more than the skeleton: the run need not hold every parsed document
        return reparseCached ? outcome : new FileOutcome(outcome.displayPath(), Optional.of(skeleton(entry)),
                outcome.violations(), outcome.suppressions(), profile);
    }

    private static boolean stillHolds(List<LintCache.FileCheck> checks, Path directory) {
        for (LintCache.FileCheck c : checks) {
            if (exists(directory, c.target()) != c.exists()) {
                return false;
            }
        }
        return true;
    }

    /** The outcome of a file whose result comes from the cache. */
    private FileOutcome fromCache(LintCache.Entry hit, byte[] bytes, Profile profile) {
        SpecDocument document = null;
        if (reparseCached) {
            try {
                document = parser.parse(hit.displayPath(), bytes);
            } catch (InvalidEncodingException | RuntimeException | StackOverflowError e) {
                document = null; // it parsed when cached; should it not now, the skeleton below still serves
            }
        }
        if (document == null) {
            document = skeleton(hit);
        }
        return new FileOutcome(hit.displayPath(), Optional.of(document), hit.violations(),
                Suppressions.of(document, knownIds), profile, true);
    }

    /**
     * A document holding only what metadata-only project rules and reports need: source, metadata,
     * suppression comments and the text of the lines violations and metadata fields are on (the other
     * lines empty); no sections, prose or other elements.
     */
    private static SpecDocument skeleton(LintCache.Entry entry) {
        List<String> lines = new ArrayList<>(Collections.nCopies(Math.max(1, entry.lineCount()), ""));
        entry.lineTexts().forEach((line, text) -> {
            if (line >= 1 && line <= lines.size()) {
                lines.set(line - 1, text);
            }
        });
        return new SpecDocument(entry.displayPath(), lines, lines, entry.metadata(), List.of(), List.of(),
                List.of(), List.of(), List.of(), entry.directives());
    }

    /** What the cache keeps of a fresh outcome: enough to report it again and to feed metadata-only project rules. */
    private static LintCache.Entry entry(byte[] hash, FileOutcome outcome, SpecDocument document,
            List<LintCache.FileCheck> checks) {
        Map<Integer, String> lineTexts = new HashMap<>();
        for (Violation v : outcome.violations()) {
            if (v.line() <= document.lineCount()) {
                lineTexts.put(v.line(), document.lines().get(v.line() - 1));
            }
        }
        for (MetadataField f : document.metadata()) {
            if (f.line() >= 1 && f.line() <= document.lineCount()) {
                lineTexts.put(f.line(), document.lines().get(f.line() - 1));
            }
        }
        List<HtmlComment> directives = document.comments().stream()
                .filter(c -> c.body().startsWith("spec-lint-")).toList();
        return new LintCache.Entry(hash, outcome.displayPath(), outcome.violations(), document.lineCount(), lineTexts,
                List.copyOf(checks), document.metadata(), directives);
    }

    FileOutcome lintText(String name, String markdown) {
        return check(parser.parse(name, markdown), null, new ArrayList<>(), profiles.forName(name), null);
    }

    /**
     * @param directory the linted file's directory, or null for text linted from memory
     * @param checks where the rules' file checks are recorded, or null
     */
    private FileOutcome check(SpecDocument document, Path directory, List<Violation> out, Profile profile,
            List<LintCache.FileCheck> checks) {
        DocumentMemo memo = new DocumentMemo(profile.schema(), document);
        for (Rule rule : rules) {
            RuleDescriptor d = rule.descriptor();
            Severity severity = severities.severity(d, document);
            List<Violation> found = new ArrayList<>();
            Context context = new Context(document.source(), d.id(), severity, profile.schema(), profile.options(d.id()),
                    directory, found, memo, checks);
            try {
                rule.check(document, context);
                out.addAll(found);
            } catch (RuntimeException | StackOverflowError e) {
                out.add(new Violation(document.source(), 1, 1, EngineRules.INTERNAL_ERROR.id(), Severity.ERROR,
                        "rule '" + d.id() + "' failed on this file: " + e + " (please report this)"));
            }
        }
        Suppressions suppressions = Suppressions.of(document, knownIds);
        RuleDescriptor unknown = EngineRules.UNKNOWN_SUPPRESSION;
        if (profile.config().rule(unknown.id()).enabled()) {
            Severity severity = severities.severity(unknown, document);
            for (Suppressions.Problem p : suppressions.problems()) {
                out.add(new Violation(document.source(), p.line(), p.column(), unknown.id(), severity, p.message()));
            }
        }
        out.removeIf(suppressions::suppressed);
        return new FileOutcome(document.source(), Optional.of(document), out, suppressions, profile);
    }

    private FileOutcome engineProblem(String display, RuleDescriptor d, int line, int column, String message,
            List<Violation> out, Profile profile) {
        if (config.rule(d.id()).enabled()) {
            out.add(new Violation(display, line, column, d.id(), severities.severity(d, null), message));
        }
        return new FileOutcome(display, Optional.empty(), out, null, profile);
    }

    private static boolean exists(Path directory, String relativeTarget) {
        try {
            return Files.exists(directory.resolve(relativeTarget));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A {@link RuleContext} collecting into a list. */
    private record Context(String file, String ruleId, Severity severity, TemplateSchema schema, RuleOptions options,
            Path directory, List<Violation> sink, DocumentMemo memo, List<LintCache.FileCheck> checks)
            implements RuleContext {

        @Override
        public void report(int line, int column, String message) {
            sink.add(new Violation(file, Math.max(1, line), Math.max(1, column), ruleId, severity, message));
        }

        @Override
        public SectionMatch sectionMatch(SpecDocument document) {
            return memo.sectionMatch(schema, document);
        }

        @Override
        public boolean fileExists(String relativeTarget) {
            if (directory == null) {
                return true;
            }
            boolean exists = exists(directory, relativeTarget);
            if (checks != null) {
                checks.add(new LintCache.FileCheck(relativeTarget, exists));
            }
            return exists;
        }
    }
}
