package dev.speclint.lsp;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.rule.Violation;
import dev.speclint.lsp.assist.FieldCompletion;
import dev.speclint.lsp.assist.Finding;
import dev.speclint.lsp.assist.HoverText;
import dev.speclint.lsp.assist.QuickFixes;
import dev.speclint.lsp.convert.Diagnostics;
import dev.speclint.lsp.convert.Positions;
import dev.speclint.lsp.lint.LintScheduler;
import dev.speclint.lsp.lint.ResolvedLinter;
import dev.speclint.lsp.lint.WorkspaceLinters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Open Markdown buffers: each change schedules a lint of the buffer in memory (debounced, on the
 * scheduler's workers); hover, code actions and completion answer at once from the last published
 * lint and the current text, so a long lint never holds a request up.
 */
final class SpecLintTextDocumentService implements TextDocumentService {

    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final Map<String, LintedDocument> linted = new ConcurrentHashMap<>();
    private final LintScheduler scheduler;
    private final Supplier<WorkspaceLinters> linters;
    private final Publisher publisher;

    /** @param linters the workspace's linters (replaced when {@code initialize} names the root) */
    SpecLintTextDocumentService(LintScheduler scheduler, Supplier<WorkspaceLinters> linters, Publisher publisher) {
        this.scheduler = scheduler;
        this.linters = linters;
        this.publisher = publisher;
    }

    /** Whether a buffer is Markdown: its language id, or its name when the editor gives none we know. */
    static boolean isMarkdown(String uri, String languageId) {
        if (languageId != null && !languageId.isBlank() && !languageId.equals("plaintext")) {
            return languageId.toLowerCase(Locale.ROOT).contains("markdown");
        }
        String u = uri.toLowerCase(Locale.ROOT);
        return u.endsWith(".md") || u.endsWith(".markdown");
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        if (item == null || item.getUri() == null || !isMarkdown(item.getUri(), item.getLanguageId())) {
            return;
        }
        OpenDocument doc = new OpenDocument(item.getUri(), item.getVersion(), item.getText() == null ? "" : item.getText());
        open.put(doc.uri(), doc);
        schedule(doc.uri());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (params.getTextDocument() == null || params.getContentChanges() == null) {
            return;
        }
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = uri == null ? null : open.get(uri);
        if (doc == null) {
            return;
        }
        Integer version = params.getTextDocument().getVersion();
        open.put(uri, doc.changed(version == null ? doc.version() + 1 : version, params.getContentChanges()));
        schedule(uri);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument() == null ? null : params.getTextDocument().getUri();
        if (uri != null && open.remove(uri) != null) {
            scheduler.forget(uri);
            linted.remove(uri);
            publisher.diagnostics(uri, null, List.of());
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the buffer is linted as typed; saving changes nothing it sees
    }

    /** Lints every open buffer again (a config or the settings changed). */
    void relintAll() {
        open.keySet().forEach(this::schedule);
    }

    private void schedule(String uri) {
        scheduler.schedule(uri, (current, generation) -> lint(uri, current, generation));
    }

    private void lint(String uri, LongPredicate current, long generation) {
        OpenDocument doc = open.get(uri);
        if (doc == null) {
            return;
        }
        try {
            ResolvedLinter resolved = linters.get().forDocument(doc.file());
            if (resolved.linter().isEmpty()) {
                // the config's own diagnostic says why; findings against another config would mislead
                if (current.test(generation)) {
                    linted.remove(uri);
                    publisher.diagnostics(uri, doc.version(), List.of());
                }
                return;
            }
            SpecLinter linter = resolved.linter().get();
            String name = name(doc, resolved);
            LintResult result = linter.lintText(name, doc.lines().textWithoutBom());
            Positions positions = new Positions(doc.lines());
            List<Finding> findings = new ArrayList<>();
            for (Violation v : result.violations()) {
                if (v.file().equals(name)) {
                    findings.add(new Finding(v, Diagnostics.of(v, positions)));
                }
            }
            if (current.test(generation)) {
                linted.put(uri, new LintedDocument(name, linter, positions, findings));
                publisher.diagnostics(uri, doc.version(), findings.stream().map(Finding::diagnostic).toList());
            }
        } catch (RuntimeException | StackOverflowError e) {
            publisher.log(MessageType.Error, "spec-lint could not lint " + uri + ": " + e + " (please report this)");
        }
    }

    private static String name(OpenDocument doc, ResolvedLinter resolved) {
        Path file = doc.file();
        if (file != null) {
            return resolved.nameOf(file);
        }
        String uri = doc.uri();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        LintedDocument doc = linted.get(params.getTextDocument().getUri());
        Position p = params.getPosition();
        if (doc == null || p == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<Finding> here = doc.findings().stream().filter(f -> f.covers(p)).toList();
        if (here.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Profile profile = doc.linter().profiles().forName(doc.name());
        Path root = doc.linter().profiles().root();
        String text = here.stream().map(f -> HoverText.of(f, doc.linter().registry(), profile, root))
                .collect(Collectors.joining("\n\n---\n\n"));
        Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
        hover.setRange(here.get(0).diagnostic().getRange());
        return CompletableFuture.completedFuture(hover);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        LintedDocument doc = linted.get(uri);
        if (doc == null || params.getRange() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Finding> here = doc.findings().stream().filter(f -> f.overlaps(params.getRange())).toList();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (CodeAction a : QuickFixes.of(uri, doc.positions(), here)) {
            out.add(Either.forRight(a));
        }
        return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        OpenDocument doc = open.get(params.getTextDocument().getUri());
        Position p = params.getPosition();
        if (doc == null || p == null || p.getLine() < 0 || p.getLine() >= doc.lines().lineCount()) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        ResolvedLinter resolved = linters.get().forDocument(doc.file());
        Optional<SpecLinter> linter = resolved.linter();
        if (linter.isEmpty()) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        Profile profile = linter.get().profiles().forName(name(doc, resolved));
        String line = doc.lines().line(p.getLine());
        // the protocol's character counts a BOM on line 0; the line's text does not hold it
        int shift = p.getLine() == 0 && doc.lines().hasBom() ? 1 : 0;
        List<CompletionItem> items = FieldCompletion.complete(line, p.getLine(), p.getCharacter() - shift, shift,
                profile);
        return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    /** Diagnostics published last, for tests of this class. */
    List<Diagnostic> diagnostics(String uri) {
        LintedDocument d = linted.get(uri);
        return d == null ? List.of() : d.findings().stream().map(Finding::diagnostic).toList();
    }
}
