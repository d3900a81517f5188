package dev.speclint.lsp;

import dev.speclint.lsp.convert.LineIndex;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** An open buffer: its text as the editor has it (never the file on disk) and its lines, computed once. */
final class OpenDocument {

    private final String uri;
    private final int version;
    private final String text;
    private volatile LineIndex lines;

    OpenDocument(String uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.text = text;
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    LineIndex lines() {
        LineIndex l = lines;
        if (l == null) {
            l = LineIndex.of(text);
            lines = l;
        }
        return l;
    }

    /** The buffer after {@code changes}: whole-text changes replace it, ranged ones edit it in order. */
    OpenDocument changed(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String t = text;
        LineIndex index = lines;
        for (TextDocumentContentChangeEvent c : changes) {
            String replacement = c.getText() == null ? "" : c.getText();
            Range r = c.getRange();
            if (r == null) {
                t = replacement;
            } else {
                if (index == null) {
                    index = LineIndex.of(t);
                }
                int from = index.offset(r.getStart().getLine(), r.getStart().getCharacter());
                int to = Math.max(from, index.offset(r.getEnd().getLine(), r.getEnd().getCharacter()));
                t = t.substring(0, from) + replacement + t.substring(to);
            }
            index = null;
        }
        return new OpenDocument(uri, newVersion, t);
    }

    /** The file of a {@code file:} URI, null for other buffers (untitled, remote). */
    Path file() {
        return fileOf(uri);
    }

    static Path fileOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
