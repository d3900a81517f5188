package dev.speclint.core.engine;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.cache.CacheEntry;
import dev.speclint.core.engine.cache.FileCheck;
import dev.speclint.core.engine.cache.LintCache;
import dev.speclint.core.engine.cache.RunFingerprint;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints the files of a run: takes a file's result from the {@link LintCache} when its bytes and the
 * answers to its rules' file checks are unchanged, else lets the {@link FileLinter} lint it and fills
 * the cache. Unless a cross-file rule needs whole documents, an outcome keeps only the document's
 * {@link CacheEntry#skeleton() skeleton}, with or without a cache, so a run need not hold every parsed
 * document.
 *
 * <p>It lives beside {@link FileLinter}, not in {@code engine.cache}: it makes {@link FileOutcome}s,
 * and the cache package stays below the engine.
 */
final class CachedFileLinter {

    private final FileLinter linter;
    /** Whether a cross-file rule needs more of a document than its metadata (so skeletons will not do). */
    private final boolean wholeDocuments;

    CachedFileLinter(FileLinter linter, RuleRegistry registry, LintConfig config) {
        this.linter = linter;
        this.wholeDocuments = registry.projectRules().stream()
                .anyMatch(r -> config.rule(r.descriptor().id()).enabled() && !r.readsMetadataOnly());
    }

    /** Lints {@code file}, through {@code cache} when it is not null. */
    FileOutcome lintFile(Path file, String display, LintCache cache) {
        if (cache == null && wholeDocuments) {
            return linter.lintFile(file, display);
        }
        Profile profile = linter.profile(file);
        FileLinter.Read read = linter.read(file, display, profile);
        if (read.problem() != null) {
            return read.problem();
        }
        byte[] bytes = read.bytes();
        String key = null;
        byte[] hash = null;
        if (cache != null) {
            key = file.toAbsolutePath().normalize().toString();
            hash = RunFingerprint.digest().digest(bytes);
            CacheEntry hit = cache.lookup(key, hash);
            if (hit != null && hit.stillHolds(file.toAbsolutePath().getParent())) {
                cache.put(key, hit);
                return fromCache(hit, bytes, profile);
            }
        }
        List<FileCheck> checks = cache == null ? null : new ArrayList<>();
        FileOutcome outcome = linter.lintBytes(bytes, display, file, profile, checks);
        if (outcome.document().isEmpty()) {
            return outcome; // the bytes did not parse: the problem is the outcome, nothing is cached
        }
        CacheEntry entry = CacheEntry.of(hash, outcome.displayPath(), outcome.violations(),
                outcome.document().get(), checks == null ? List.of() : checks);
        if (cache != null) {
            cache.put(key, entry);
        }
        return wholeDocuments ? outcome : new FileOutcome(outcome.displayPath(), Optional.of(entry.skeleton()),
                outcome.violations(), outcome.suppressions(), profile);
    }

    /** The outcome of a file whose result comes from the cache. */
    private FileOutcome fromCache(CacheEntry hit, byte[] bytes, Profile profile) {
        // it parsed when cached; should it not now, the skeleton still serves
        Optional<SpecDocument> whole = wholeDocuments ? linter.reparse(hit.displayPath(), bytes) : Optional.empty();
        SpecDocument document = whole.orElseGet(hit::skeleton);
        return new FileOutcome(hit.displayPath(), Optional.of(document), hit.violations(), linter.suppressions(document),
                profile, true);
    }
}
