package dev.speclint.core.fix;

import dev.speclint.core.engine.FileCollector;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.io.AtomicFile;
import dev.speclint.core.rule.EngineRules;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fixes the files a lint of the same paths would check: each file is read, decoded as strict UTF-8
 * (a byte order mark kept as its character, so it is written back), fixed by {@link DocumentFixer},
 * and, unless it is a dry run, written back atomically with {@link AtomicFile} through any symbolic
 * link (the link stays, the file it names changes; its permissions are kept). Nothing but the edited
 * ranges changes: valid UTF-8 decodes and encodes back to the same bytes. A file that cannot be
 * fixed (unreadable, not UTF-8, over the size limit, unwritable) is a {@link FileFix#problem()} and
 * the run goes on.
 */
public final class ProjectFixer {

    /** Engine findings that mean a file was not read as a spec: such a file is not fixed. */
    private static final Set<String> UNREAD = Set.of(EngineRules.READ_ERROR.id(), EngineRules.FILE_TOO_LARGE.id(),
            EngineRules.INVALID_ENCODING.id());

    private final SpecLinter linter;
    private final DocumentFixer fixer;

    public ProjectFixer(SpecLinter linter) {
        this.linter = Objects.requireNonNull(linter, "linter");
        this.fixer = new DocumentFixer(linter);
    }

    /**
     * What fixing one file did.
     *
     * @param display the file's display path
     * @param outcome what the fixer did; null when the file was not fixed ({@code problem} says why)
     * @param diff the unified diff of the change; empty when nothing changed
     * @param problem why the file was not fixed or not written; null when all went well
     */
    public record FileFix(String display, DocumentFixer.Outcome outcome, String diff, String problem) {

        /** Whether the file's text changed (written, unless a dry run or a write failure). */
        public boolean changed() {
            return outcome != null && outcome.changed();
        }
    }

    /**
     * The outcome of a run.
     *
     * @param files one entry per file, in display-path order
     * @param remaining the findings left: a lint of the paths after writing (in a dry run, the
     *     lint of each file's fixed text, and the first lint's findings for files not fixed)
     * @param appliedByRule fixes applied per rule id, over every file
     * @param writeFailed whether a changed file could not be written
     */
    public record Run(List<FileFix> files, LintResult remaining, Map<String, Integer> appliedByRule,
            boolean writeFailed) {

        public Run {
            files = List.copyOf(files);
            appliedByRule = Map.copyOf(appliedByRule);
        }

        /** How many fixes went in, over every file. */
        public int appliedCount() {
            return appliedByRule.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** How many files changed. */
        public long changedFiles() {
            return files.stream().filter(FileFix::changed).count();
        }
    }

    /**
     * Fixes every spec under {@code paths} (the config's includes and excludes apply, as in a lint).
     *
     * @param dryRun when true, nothing is written: the diffs say what would change
     */
    public Run fix(List<Path> paths, boolean dryRun) {
        long start = System.nanoTime();
        LintResult first = linter.lint(paths);
        Map<String, Path> byDisplay = new HashMap<>();
        for (Path f : new FileCollector(linter.config().files().includes(), linter.config().files().excludes())
                .collect(paths, new ArrayList<>())) {
            byDisplay.putIfAbsent(linter.display(f), f);
        }
        Map<String, List<Violation>> firstByFile = new HashMap<>();
        for (Violation v : first.violations()) {
            firstByFile.computeIfAbsent(v.file(), k -> new ArrayList<>()).add(v);
        }
        List<FileFix> out = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        boolean writeFailed = false;
        for (String display : first.files()) {
            Path file = byDisplay.get(display);
            List<Violation> found = firstByFile.getOrDefault(display, List.of());
            FileFix f = file == null ? new FileFix(display, null, "", "not found again after the lint: not fixed")
                    : fixFile(file, display, found, dryRun);
            if (f.outcome() != null) {
                f.outcome().appliedByRule().forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
            }
            writeFailed |= f.changed() && f.problem() != null;
            out.add(f);
        }
        LintResult remaining = dryRun ? merged(first, out, firstByFile, start) : linter.lint(paths);
        return new Run(out, remaining, counts, writeFailed);
    }

    private FileFix fixFile(Path file, String display, List<Violation> found, boolean dryRun) {
        for (Violation v : found) {
            if (UNREAD.contains(v.rule())) {
                return new FileFix(display, null, "", v.message() + ": not fixed");
            }
        }
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return new FileFix(display, null, "", "not valid UTF-8: not fixed (save it as UTF-8 and run again)");
        } catch (IOException | OutOfMemoryError e) {
            return new FileFix(display, null, "", "cannot read file (" + e.getMessage() + "): not fixed");
        }
        DocumentFixer.Outcome outcome = fixer.fix(display, text, file.toAbsolutePath().getParent());
        if (!outcome.changed()) {
            return new FileFix(display, outcome, "", null);
        }
        String diff = UnifiedDiff.of(display, text, outcome.text());
        if (dryRun) {
            return new FileFix(display, outcome, diff, null);
        }
        try {
            byte[] bytes = outcome.text().getBytes(StandardCharsets.UTF_8);
            // through a symbolic link: the link stays a link, the file it names gets the fix
            AtomicFile.write(file.toRealPath(), o -> o.write(bytes));
            return new FileFix(display, outcome, diff, null);
        } catch (IOException e) {
            return new FileFix(display, outcome, diff, "cannot write the fixed file (" + e
                    + "): left as it was");
        }
    }

    /** Strict UTF-8: a malformed byte is an error, not a replacement character. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** A dry run's findings: each fixed file's lint after the fix, the first lint's for the others. */
    private static LintResult merged(LintResult first, List<FileFix> files, Map<String, List<Violation>> firstByFile,
            long start) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Map<Integer, String>> lineTexts = new HashMap<>();
        Map<String, FileFix> byDisplay = new HashMap<>();
        files.forEach(f -> byDisplay.put(f.display(), f));
        for (String display : first.files()) {
            FileFix f = byDisplay.get(display);
            LintResult source = f != null && f.changed() ? f.outcome().remaining() : first;
            List<Violation> own = f != null && f.changed() ? f.outcome().remaining().violations()
                    : firstByFile.getOrDefault(display, List.of());
            for (Violation v : own) {
                violations.add(v);
                source.lineText(v).ifPresent(t -> lineTexts.computeIfAbsent(v.file(), k -> new HashMap<>())
                        .put(v.line(), t));
            }
        }
        // findings on files outside the run's list (none today) are kept as the first lint had them
        for (Violation v : first.violations()) {
            if (!byDisplay.containsKey(v.file())) {
                violations.add(v);
            }
        }
        violations.sort(Violation.ORDER);
        return new LintResult(violations, first.files(), Duration.ofNanos(System.nanoTime() - start), lineTexts,
                first.cachedFiles());
    }
}
