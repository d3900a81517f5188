package dev.speclint.lsp;

import dev.speclint.lsp.lint.LintScheduler;
import dev.speclint.lsp.lint.WorkspaceLinters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The server's lifecycle: {@code initialize} (the workspace root, the user's settings from
 * {@code initializationOptions}, the capabilities: full text sync, quick fixes, hover, completion
 * after {@code :} and space), {@code initialized} (watch config files, ask for settings),
 * {@code shutdown} and {@code exit}.
 */
public final class SpecLintServer implements LanguageServer, LanguageClientAware {

    /** How long after the last change a buffer is linted. */
    public static final Duration DEBOUNCE = Duration.ofMillis(200);

    private final ClassLoader loader;
    private final Publisher publisher = new Publisher();
    private final LintScheduler scheduler = new LintScheduler(DEBOUNCE, 2);
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile WorkspaceLinters linters;
    private final SpecLintTextDocumentService documents;
    private final SpecLintWorkspaceService workspace;
    private volatile ClientCapabilities capabilities;
    private volatile boolean shutdown;

    /** @param loader where rules come from: spec-lint's own, plus the user's {@code --plugin-path} */
    public SpecLintServer(ClassLoader loader) {
        this.loader = loader;
        // usable before initialize (a client that skips it gets the working directory as root)
        setRoot(Path.of("").toAbsolutePath());
        documents = new SpecLintTextDocumentService(scheduler, () -> linters, publisher);
        workspace = new SpecLintWorkspaceService(() -> linters, documents::relintAll, this::apply, this::askForSettings);
    }

    private void setRoot(Path root) {
        WorkspaceLinters l = new WorkspaceLinters(root, loader, publisher::configNotices);
        if (linters != null) {
            l.allowWorkspacePlugins(linters.allowsWorkspacePlugins());
        }
        linters = l;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        publisher.connect(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        capabilities = params.getCapabilities();
        Path root = root(params);
        if (root != null) {
            setRoot(root);
        }
        ServerSettings s = ServerSettings.from(params.getInitializationOptions());
        if (s != null) {
            linters.allowWorkspacePlugins(s.allowWorkspacePlugins());
        }
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        caps.setHoverProvider(true);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        caps.setCompletionProvider(new CompletionOptions(false, List.of(":", " ")));
        return CompletableFuture.completedFuture(new InitializeResult(caps,
                new ServerInfo("spec-lint", dev.speclint.core.SpecLintVersion.get())));
    }

    @SuppressWarnings("deprecation") // rootUri and rootPath: older clients send only those
    private static Path root(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty() && folders.get(0).getUri() != null) {
            Path p = OpenDocument.fileOf(folders.get(0).getUri());
            if (p != null) {
                return p;
            }
        }
        if (params.getRootUri() != null) {
            Path p = OpenDocument.fileOf(params.getRootUri());
            if (p != null) {
                return p;
            }
        }
        try {
            return params.getRootPath() == null ? null : Path.of(params.getRootPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        LanguageClient c = client;
        ClientCapabilities caps = capabilities;
        if (c == null || caps == null || caps.getWorkspace() == null) {
            return;
        }
        var watched = caps.getWorkspace().getDidChangeWatchedFiles();
        if (watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration())) {
            var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/{spec-lint.yaml,.spec-lint.yaml}"))));
            c.registerCapability(new RegistrationParams(List.of(
                    new Registration("spec-lint-config", "workspace/didChangeWatchedFiles", options))));
        }
        askForSettings();
    }

    /** Asks the client for the {@code specLint} settings, when it can answer. */
    private void askForSettings() {
        LanguageClient c = client;
        ClientCapabilities caps = capabilities;
        if (c == null || caps == null || caps.getWorkspace() == null
                || !Boolean.TRUE.equals(caps.getWorkspace().getConfiguration())) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(ServerSettings.SECTION);
        c.configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            if (values != null && !values.isEmpty()) {
                ServerSettings s = ServerSettings.from(values.get(0));
                apply(s == null ? ServerSettings.DEFAULTS : s);
            }
        }).exceptionally(e -> {
            publisher.log(MessageType.Warning, "could not read the specLint settings: " + e);
            return null;
        });
    }

    private void apply(ServerSettings s) {
        if (s.allowWorkspacePlugins() != linters.allowsWorkspacePlugins()) {
            linters.allowWorkspacePlugins(s.allowWorkspacePlugins());
            documents.relintAll();
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(shutdown ? 0 : 1);
    }

    /** Completes with the process's exit code: 0 after {@code shutdown} then {@code exit}, else 1. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** The input ended without {@code exit}: the editor is gone. */
    void inputClosed() {
        scheduler.close();
        exitCode.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
