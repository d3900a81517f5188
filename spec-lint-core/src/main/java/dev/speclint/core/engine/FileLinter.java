package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.cache.FileCheck;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndexer;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.profile.ProfileSet;
import dev.speclint.core.rule.EngineRules;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateSchema;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints one file: read (with the size limit), parse, check (per-file rules, then inline suppressions).
 * Never throws: every failure becomes a violation of the file. Reusing earlier results is
 * {@link CachedFileLinter}'s job.
 */
final class FileLinter {

    private final SpecParser parser;
    private final ProfileSet profiles;
    private final LintConfig config;
    private final List<Rule> rules;
    private final SeverityPolicy severities;
    private final Set<String> knownIds;

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
    }

    /** The profile {@code file} is linted against. */
    Profile profile(Path file) {
        return profiles.forFile(file);
    }

    /** A file's bytes, or the outcome of a file that cannot be read (exactly one is non-null). */
    record Read(byte[] bytes, FileOutcome problem) {
    }

    /** Lints {@code file}: read, parse, check. */
    FileOutcome lintFile(Path file, String display) {
        Profile profile = profile(file);
        Read read = read(file, display, profile);
        return read.problem() != null ? read.problem() : lintBytes(read.bytes(), display, file, profile, null);
    }

    /** Reads {@code file}, unless it is a directory, missing, unreadable or over the size limit. */
    Read read(Path file, String display, Profile profile) {
        List<Violation> out = new ArrayList<>();
        try {
            if (Files.isDirectory(file)) {
                return problem(display, EngineRules.READ_ERROR, 1, 1,
                        "is a directory, not a Markdown file: exclude it or rename it", out, profile);
            }
            long size = Files.size(file);
            long limit = config.files().maxFileBytes();
            if (size > limit) {
                return problem(display, EngineRules.FILE_TOO_LARGE, 1, 1, "file is " + size + " bytes, over the "
                        + "limit of " + limit + " bytes: raise maxFileBytes or exclude the file", out, profile);
            }
            return new Read(Files.readAllBytes(file), null);
        } catch (NoSuchFileException e) {
            return problem(display, EngineRules.READ_ERROR, 1, 1,
                    "no such file (or a broken symbolic link): check the path", out, profile);
        } catch (AccessDeniedException e) {
            return problem(display, EngineRules.READ_ERROR, 1, 1, "permission denied: make the file readable", out,
                    profile);
        } catch (IOException | OutOfMemoryError e) {
            return problem(display, EngineRules.READ_ERROR, 1, 1, "cannot read file: " + e, out, profile);
        }
    }

    private Read problem(String display, RuleDescriptor d, int line, int column, String message, List<Violation> out,
            Profile profile) {
        return new Read(null, engineProblem(display, d, line, column, message, out, profile));
    }

    /**
     * Parses and checks the bytes of {@code file}.
     *
     * @param checks where the rules' file checks are recorded, or null
     */
    FileOutcome lintBytes(byte[] bytes, String display, Path file, Profile profile, List<FileCheck> checks) {
        List<Violation> out = new ArrayList<>();
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
        return check(document, file.toAbsolutePath().getParent(), out, profile, checks);
    }

    /** Parses bytes that parsed before, or gives empty should they no longer. */
    Optional<SpecDocument> reparse(String display, byte[] bytes) {
        try {
            return Optional.of(parser.parse(display, bytes));
        } catch (InvalidEncodingException | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * The index entry of {@code file} (shown as {@code display}) with its {@code findings}: the file
     * is read and parsed again (a cached result has no document), against the profile it was linted with.
     */
    SpecEntry index(Path file, String display, List<Violation> findings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return SpecIndexer.unreadable(display, findings);
        }
        Optional<SpecDocument> document = reparse(display, bytes);
        if (document.isEmpty()) {
            return SpecIndexer.unreadable(display, findings);
        }
        Profile p = profiles.bestFor(document.get(), profiles.forFile(file));
        return SpecIndexer.entry(display, document.get(), p.schema(), p.status(), findings);
    }

    /** The inline suppressions of {@code document}. */
    Suppressions suppressions(SpecDocument document) {
        return Suppressions.of(document, knownIds);
    }

    /** @param directory the directory relative links resolve against, or null for none */
    FileOutcome lintText(String name, String markdown, Path directory) {
        return check(parser.parse(name, markdown), directory, new ArrayList<>(), profiles.forName(name), null);
    }

    /**
     * @param directory the linted file's directory, or null for text linted from memory
     * @param checks where the rules' file checks are recorded, or null
     */
    private FileOutcome check(SpecDocument document, Path directory, List<Violation> out, Profile profile,
            List<FileCheck> checks) {
        profile = profiles.bestFor(document, profile);
        DocumentMemo memo = new DocumentMemo(profile.schema(), document);
        // a withdrawn or rejected spec (config uncheckedStatuses) is not checked for content
        List<Rule> applicable = profile.status().unchecked(document) ? List.of() : rules;
        for (Rule rule : applicable) {
            RuleDescriptor d = rule.descriptor();
            Severity severity = severities.severity(d, document);
            List<Violation> found = new ArrayList<>();
            Context context = new Context(document.source(), d.id(), severity, profile.schema(), profile.status(),
                    profile.options(d.id()), directory, found, memo, checks);
            try {
                rule.check(document, context);
                out.addAll(found);
            } catch (RuntimeException | StackOverflowError e) {
                out.add(new Violation(document.source(), 1, 1, EngineRules.INTERNAL_ERROR.id(), Severity.ERROR,
                        "rule '" + d.id() + "' failed on this file: " + e + " (please report this)"));
            }
        }
        Suppressions suppressions = suppressions(document);
        RuleDescriptor unknown = EngineRules.UNKNOWN_SUPPRESSION;
        if (profile.config().rule(unknown.id()).enabled()) {
            Severity severity = severities.severity(unknown, document);
            for (Suppressions.Problem p : suppressions.problems()) {
                out.add(new Violation(document.source(), p.line(), p.column(), unknown.id(), severity, p.message(),
                        p.fix()));
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

    /** A {@link RuleContext} collecting into a list. */
    private record Context(String file, String ruleId, Severity severity, TemplateSchema schema, StatusPolicy status,
            RuleOptions options, Path directory, List<Violation> sink, DocumentMemo memo, List<FileCheck> checks)
            implements RuleContext {

        @Override
        public void report(int line, int column, String message) {
            report(line, column, message, null);
        }

        @Override
        public void report(int line, int column, String message, Fix fix) {
            sink.add(new Violation(file, Math.max(1, line), Math.max(1, column), ruleId, severity, message, fix));
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
            FileCheck check = FileCheck.of(directory, relativeTarget);
            if (checks != null) {
                checks.add(check);
            }
            return check.exists();
        }
    }
}
