package dev.speclint.lsp;

import dev.speclint.lsp.convert.Diagnostics;
import dev.speclint.lsp.lint.ConfigNotice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * What the server sends without being asked: diagnostics of buffers and config files, and log
 * messages. Before the client is connected (never in practice) messages go to stderr: stdout is the
 * protocol's.
 */
final class Publisher {

    private volatile LanguageClient client;

    void connect(LanguageClient c) {
        this.client = c;
    }

    void diagnostics(String uri, Integer version, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, diagnostics);
            p.setVersion(version);
            c.publishDiagnostics(p);
        }
    }

    /** A config file's notices as its diagnostics (none clears them). */
    void configNotices(Path file, List<ConfigNotice> notices) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            lines = List.of();
        }
        List<Diagnostic> out = new ArrayList<>();
        for (ConfigNotice n : notices) {
            int line = Math.max(0, n.line() - 1);
            int length = line < lines.size() ? lines.get(line).length() : 0;
            Diagnostic d = new Diagnostic(new Range(new Position(line, 0), new Position(line, length)), n.message(),
                    Diagnostics.severity(n.severity()), Diagnostics.SOURCE);
            d.setCode(Either.forLeft(n.code()));
            out.add(d);
        }
        diagnostics(file.toUri().toString(), null, out);
    }

    void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        } else {
            System.err.println("spec-lint lsp: " + message);
        }
    }
}
