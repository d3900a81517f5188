package dev.speclint.cli;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.ProgressListener;
import dev.speclint.core.engine.SpecLinter;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Builds the linter of a command that lints ({@code lint}, {@code baseline}): config, threads, cache, warnings. */
final class LinterFactory {

    private LinterFactory() {
    }

    /**
     * @param threads files linted at once, or null for one per processor
     * @param cache the cache file, or null for none
     * @throws CliFailure when the config or its profiles cannot be loaded (exit code 2)
     */
    static SpecLinter build(LintConfig config, ClassLoader loader, Integer threads, Path cache,
            ProgressListener progress, PrintWriter err) {
        try {
            SpecLinter.Builder b = SpecLinter.builder().config(config).classLoader(loader).progress(progress);
            if (threads != null) {
                b.threads(threads);
            }
            b.warnings(message -> {
                synchronized (err) {
                    err.println("spec-lint: warning: " + message);
                }
            });
            if (cache != null) {
                b.cache(cache);
            }
            return b.build();
        } catch (ConfigException e) {
            throw new CliFailure(e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
