package dev.speclint.core.engine.cache;

import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What linting one file gave, and what a later run needs to reuse it: enough to report it again and
 * to feed metadata-only project rules.
 *
 * @param hash SHA-256 of the file's bytes
 * @param displayPath the file's display path
 * @param violations the file's per-file violations, suppressions applied
 * @param lineCount the document's number of lines
 * @param lineTexts the text of each line a violation or a metadata field is on
 * @param fileChecks the relative link targets rules asked about
 * @param metadata the document's metadata fields (what metadata-only project rules read)
 * @param directives the document's suppression comments
 */
public record CacheEntry(byte[] hash, String displayPath, List<Violation> violations, int lineCount,
        Map<Integer, String> lineTexts, List<FileCheck> fileChecks, List<MetadataField> metadata,
        List<HtmlComment> directives) {

    /**
     * The entry of a freshly linted {@code document}.
     *
     * @param hash the file's SHA-256, or null when the entry only serves to build a {@link #skeleton()}
     */
    public static CacheEntry of(byte[] hash, String displayPath, List<Violation> violations, SpecDocument document,
            List<FileCheck> fileChecks) {
        Map<Integer, String> lineTexts = new HashMap<>();
        for (Violation v : violations) {
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
        return new CacheEntry(hash, displayPath, violations, document.lineCount(), lineTexts, List.copyOf(fileChecks),
                document.metadata(), directives);
    }

    /**
     * A document holding only what metadata-only project rules and reports need: source, metadata,
     * suppression comments and the text of the lines violations and metadata fields are on (the other
     * lines empty); no sections, prose or other elements.
     */
    public SpecDocument skeleton() {
        List<String> lines = new ArrayList<>(Collections.nCopies(Math.max(1, lineCount), ""));
        lineTexts.forEach((line, text) -> {
            if (line >= 1 && line <= lines.size()) {
                lines.set(line - 1, text);
            }
        });
        return new SpecDocument(displayPath, lines, lines, metadata, List.of(), List.of(), List.of(), List.of(),
                List.of(), directives);
    }

    /** Whether every file check still gives the answer it gave, for a file in {@code directory}. */
    public boolean stillHolds(Path directory) {
        for (FileCheck c : fileChecks) {
            if (!FileCheck.of(directory, c.target()).equals(c)) {
                return false;
            }
        }
        return true;
    }
}
