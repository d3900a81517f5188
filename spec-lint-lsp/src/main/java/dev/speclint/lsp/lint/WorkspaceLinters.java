package dev.speclint.lsp.lint;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SourceText;
import dev.speclint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The linter for each document: built from the nearest {@code spec-lint.yaml} above the document
 * (no higher than the workspace root), else the root's, else the built-in profile; kept per config
 * file and built again when the file's modification time or size changes (so a fixed config takes
 * effect on the next change), when {@link #invalidate()} is called (a watched file changed) or when
 * the consent setting changes. Each rebuild tells {@code noticeSink} the config file's notices, an
 * empty list clearing old ones.
 */
public final class WorkspaceLinters {

    private static final Pattern LINE = Pattern.compile("^.*?:(\\d+): ");

    private final Path root;
    private final ClassLoader baseLoader;
    private final BiConsumer<Path, List<ConfigNotice>> noticeSink;
    private final Map<Path, Cached> cache = new HashMap<>();
    private volatile boolean allowWorkspacePlugins;

    private record Cached(long modified, long size, boolean allowPlugins, ResolvedLinter resolved) {
    }

    /**
     * @param root the workspace root
     * @param baseLoader where rules come from: spec-lint's own, plus the user's {@code --plugin-path}
     * @param noticeSink told a config file's notices after each rebuild
     */
    public WorkspaceLinters(Path root, ClassLoader baseLoader, BiConsumer<Path, List<ConfigNotice>> noticeSink) {
        this.root = root.toAbsolutePath().normalize();
        this.baseLoader = baseLoader;
        this.noticeSink = noticeSink;
    }

    /** The user's consent to load code a workspace's config names (editor settings only). */
    public void allowWorkspacePlugins(boolean allow) {
        this.allowWorkspacePlugins = allow;
    }

    public boolean allowsWorkspacePlugins() {
        return allowWorkspacePlugins;
    }

    /** Forgets every linter: the next lint reads its config again. */
    public synchronized void invalidate() {
        cache.clear();
    }

    /** The config file of a document at {@code file} (null for a buffer that is not a file). */
    public Optional<Path> configFor(Path file) {
        Optional<Path> found = Optional.empty();
        if (file != null) {
            Path dir = file.toAbsolutePath().normalize().getParent();
            if (dir != null) {
                found = dir.startsWith(root) ? ConfigLoader.discover(dir, root) : Optional.empty();
            }
        }
        return found.isPresent() ? found : ConfigLoader.discover(root, root);
    }

    /** The linter of a document at {@code file} (null for a buffer that is not a file). */
    public ResolvedLinter forDocument(Path file) {
        Optional<Path> config = configFor(file);
        Path key = config.orElse(root);
        long modified = -1;
        long size = -1;
        if (config.isPresent()) {
            try {
                BasicFileAttributes a = Files.readAttributes(config.get(), BasicFileAttributes.class);
                modified = a.lastModifiedTime().toMillis();
                size = a.size();
            } catch (IOException e) {
                // gone since discover: build again, and say so
            }
        }
        boolean allow = allowWorkspacePlugins;
        ResolvedLinter built;
        synchronized (this) {
            Cached c = cache.get(key);
            if (c != null && c.modified() == modified && c.size() == size && c.allowPlugins() == allow) {
                return c.resolved();
            }
            built = build(config, allow);
            cache.put(key, new Cached(modified, size, allow, built));
        }
        config.ifPresent(f -> noticeSink.accept(f, built.notices()));
        return built;
    }

    private ResolvedLinter build(Optional<Path> config, boolean allow) {
        if (config.isEmpty()) {
            return linter(Optional.empty(), root, LintConfig.defaults(), baseLoader, List.of());
        }
        Path file = config.get();
        Path dir = file.getParent();
        List<ConfigNotice> notices = new ArrayList<>();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > ConfigLoader.MAX_CONFIG_BYTES) {
                return failed(config, dir, file, 1, file + ": config file is over " + ConfigLoader.MAX_CONFIG_BYTES + " bytes");
            }
            String text = SourceText.decode(bytes).text();
            WorkspacePlugins.Scan scan = WorkspacePlugins.scan(text);
            if (scan.namesCode() && !allow) {
                notices.add(new ConfigNotice(file, scan.line(), Severity.WARNING, "this config names plugin code ("
                        + String.join(", ", scan.entries()) + "); the language server did not load it: opening a "
                        + "folder is not consent to run its code. To load it, set specLint.allowWorkspacePlugins "
                        + "to true in your own editor settings."));
                text = scan.configText();
            }
            // allowed, the config's pluginPath: reaches the engine, which loads it as the command line does
            LintConfig lintConfig = ConfigLoader.parse(text, file);
            return linter(config, dir, lintConfig, baseLoader, notices);
        } catch (IOException e) {
            return failed(config, dir, file, 1, file + ": cannot read the config file: " + e);
        } catch (InvalidEncodingException e) {
            return failed(config, dir, file, e.line(), file + ":" + e.line() + ": " + e.getMessage());
        } catch (ConfigException e) {
            return failed(config, dir, file, lineOf(e.getMessage()), e.getMessage());
        }
    }

    private ResolvedLinter linter(Optional<Path> config, Path dir, LintConfig lintConfig, ClassLoader loader,
            List<ConfigNotice> notices) {
        try {
            SpecLinter linter = SpecLinter.builder().config(lintConfig).classLoader(loader).baseDir(dir).threads(1)
                    .build();
            return new ResolvedLinter(config, dir, Optional.of(linter), notices);
        } catch (ConfigException | RuntimeException e) {
            // a profile or template that cannot be loaded, an unknown rule, two rules of one id
            Path file = config.orElse(dir);
            List<ConfigNotice> all = new ArrayList<>(notices);
            all.add(new ConfigNotice(file, lineOf(e.getMessage()), Severity.ERROR, String.valueOf(e.getMessage())));
            return new ResolvedLinter(config, dir, Optional.empty(), all);
        }
    }

    private static ResolvedLinter failed(Optional<Path> config, Path dir, Path file, int line, String message) {
        return new ResolvedLinter(config, dir, Optional.empty(),
                List.of(new ConfigNotice(file, line, Severity.ERROR, message)));
    }

    /** The line a {@code file:LINE: problem} message names, 1 when it names none. */
    static int lineOf(String message) {
        if (message == null) {
            return 1;
        }
        Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
