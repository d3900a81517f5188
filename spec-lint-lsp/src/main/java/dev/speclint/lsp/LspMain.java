package dev.speclint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Serves the language server over a pair of streams until the client sends {@code exit} or closes
 * the input. Nothing but protocol messages may be written to {@code out}: callers serving stdio
 * point {@code System.out} elsewhere first.
 */
public final class LspMain {

    private LspMain() {
    }

    /**
     * @param loader where rules come from
     * @return the exit code: 0 after {@code shutdown} and {@code exit}, 1 otherwise (as the protocol asks)
     */
    public static int serve(InputStream in, OutputStream out, ClassLoader loader) throws InterruptedException {
        SpecLintServer server = new SpecLintServer(loader);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | RuntimeException e) {
                // the input failed: the client is gone, as when it ends
            }
            server.inputClosed();
        }, "spec-lint-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        try {
            return server.exitCode().get();
        } catch (ExecutionException e) {
            return 1;
        }
    }
}
