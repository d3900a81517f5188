package dev.speclint.core.baseline;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.report.LineFingerprint;
import dev.speclint.core.rule.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a repository accepted: built from a run ({@link #of}), read from and written to a
 * file ({@link BaselineFile}), and applied to a later run ({@link #apply}). Entries are a multiset:
 * two identical findings in one file need two entries, so a third one is new.
 */
public final class Baseline {

    private final List<BaselineEntry> entries;

    public Baseline(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BaselineEntry.ORDER);
        this.entries = List.copyOf(sorted);
    }

    /** The entries, in file order. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /**
     * Every finding of {@code result} as an entry.
     *
     * @param baseDir the directory the result's display paths are relative to ({@code SpecLinter#baseDir})
     * @param baselineFile where the baseline will be written: entry paths are relative to its folder
     */
    public static Baseline of(LintResult result, Path baseDir, Path baselineFile) {
        Path dir = folder(baselineFile);
        List<BaselineEntry> out = new ArrayList<>();
        for (Violation v : result.violations()) {
            out.add(new BaselineEntry(relative(dir, baseDir, v.file()), v.rule(), fingerprint(v, result), v.message()));
        }
        return new Baseline(out);
    }

    /**
     * {@code result} without the findings this baseline holds.
     *
     * @param baseDir the directory the result's display paths are relative to
     * @param baselineFile where this baseline was read from: entry paths are relative to its folder
     */
    public BaselineOutcome apply(LintResult result, Path baseDir, Path baselineFile) {
        Path dir = folder(baselineFile);
        Map<BaselineEntry.Key, Integer> left = new HashMap<>();
        for (BaselineEntry e : entries) {
            left.merge(e.key(), 1, Integer::sum);
        }
        List<Violation> kept = new ArrayList<>();
        int suppressed = 0;
        for (Violation v : result.violations()) {
            BaselineEntry.Key key = new BaselineEntry.Key(relative(dir, baseDir, v.file()), v.rule(), fingerprint(v, result));
            Integer n = left.get(key);
            if (n != null && n > 0) {
                left.put(key, n - 1);
                suppressed++;
            } else {
                kept.add(v);
            }
        }
        Set<String> linted = new HashSet<>();
        for (String f : result.files()) {
            linted.add(relative(dir, baseDir, f));
        }
        List<BaselineEntry> stale = new ArrayList<>();
        for (BaselineEntry e : entries) {
            Integer n = left.get(e.key());
            // entries of files this run did not lint (e.g. --changed-since) are not known to be stale
            if (n != null && n > 0 && (linted.contains(e.file()) || !Files.exists(dir.resolve(e.file())))) {
                left.put(e.key(), n - 1);
                stale.add(e);
            }
        }
        LintResult filtered = new LintResult(kept, result.files(), result.elapsed(), result.lineTexts(),
                result.cachedFiles());
        return new BaselineOutcome(filtered, suppressed, stale);
    }

    /**
     * The fingerprint of a finding: the SHA-256 of its rule, its line's text (whitespace normalized as
     * for SARIF) and its message with digit runs replaced by {@code #} (so a count or line number in a
     * message does not make an old finding new). The line number is not in it.
     */
    static String fingerprint(Violation v, LintResult result) {
        String text = LineFingerprint.normalize(result.lineText(v).orElse(""));
        String message = v.message().replaceAll("[0-9]+", "#");
        return LineFingerprint.sha256(v.rule(), text, message);
    }

    private static Path folder(Path baselineFile) {
        Path parent = baselineFile.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : baselineFile.toAbsolutePath().getRoot();
    }

    /** A display path relative to the baseline's folder, forward slashes; as is when that is impossible. */
    private static String relative(Path baselineDir, Path baseDir, String displayPath) {
        try {
            Path abs = baseDir.toAbsolutePath().resolve(displayPath).normalize();
            return baselineDir.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return displayPath; // another drive, or a name that is no path
        }
    }
}
