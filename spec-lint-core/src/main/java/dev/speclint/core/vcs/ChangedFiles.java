package dev.speclint.core.vcs;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The files changed since a revision.
 *
 * @param revision the revision as the user gave it
 * @param files absolute, normalized paths of the files added, copied, modified or renamed (new
 *     name) between the revision and the work tree, and of untracked files git does not ignore
 */
public record ChangedFiles(String revision, Set<Path> files) {

    public ChangedFiles {
        files = Set.copyOf(files);
    }

    /** Whether the file at {@code displayPath} (relative to {@code baseDir}, or absolute) changed. */
    public boolean contains(String displayPath, Path baseDir) {
        Path p = baseDir.toAbsolutePath().resolve(displayPath).normalize();
        if (files.contains(p)) {
            return true;
        }
        try {
            // git names files under the work tree's real path; the run may reach them through a link
            return files.contains(p.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * {@code result} as if only the changed files had been linted: their findings, cross-file ones
     * included (the run saw every spec), and only their names in the file list.
     */
    public LintResult restrict(LintResult result, Path baseDir) {
        List<Violation> kept = result.violations().stream().filter(v -> contains(v.file(), baseDir)).toList();
        List<String> linted = result.files().stream().filter(f -> contains(f, baseDir)).toList();
        return new LintResult(kept, linted, result.elapsed(), result.lineTexts(), result.cachedFiles());
    }
}
