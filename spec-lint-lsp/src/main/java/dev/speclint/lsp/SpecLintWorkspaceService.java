package dev.speclint.lsp;

import dev.speclint.lsp.lint.WorkspaceLinters;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Workspace events: a watched {@code spec-lint.yaml} changed (every linter is built again and every
 * open buffer linted again), or the user's settings changed.
 */
final class SpecLintWorkspaceService implements WorkspaceService {

    private final Supplier<WorkspaceLinters> linters;
    private final Runnable relintAll;
    private final Consumer<ServerSettings> settings;
    private final Runnable askForSettings;

    /**
     * @param settings applies settings the notification carries
     * @param askForSettings asks the client for them when the notification carries none (VS Code's way)
     */
    SpecLintWorkspaceService(Supplier<WorkspaceLinters> linters, Runnable relintAll, Consumer<ServerSettings> settings,
            Runnable askForSettings) {
        this.linters = linters;
        this.relintAll = relintAll;
        this.settings = settings;
        this.askForSettings = askForSettings;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        ServerSettings s = ServerSettings.from(params == null ? null : params.getSettings());
        if (s != null) {
            settings.accept(s);
        } else {
            askForSettings.run();
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        linters.get().invalidate();
        relintAll.run();
    }
}
