package dev.speclint.maven;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the located {@code spec-lint.yaml} into a {@link LintConfig} with core's
 * {@link ConfigLoader}: the one place the plugin reads a config.
 *
 * <p>A config that is a classpath resource has no directory of its own: it is read as if it sat in the
 * module's base directory (relative template paths in it resolve there), and messages name it by its
 * resource name.
 */
final class MojoConfig {

    private final Path basedir;
    /** Stand-in path of a classpath config, and the name messages use instead. */
    private Optional<Path> standIn = Optional.empty();
    private String sourceName = "";

    MojoConfig(Path basedir) {
        this.basedir = basedir;
    }

    /** The run's config: the located file's, else {@link LintConfig#defaults()}. */
    LintConfig load(Optional<ConfigSource> source) throws MojoExecutionException {
        if (source.isEmpty()) {
            return LintConfig.defaults();
        }
        return loadConfig(source.get());
    }

    /**
     * Reads one config.
     *
     * @throws MojoExecutionException naming the file, the line and the problem
     */
    LintConfig loadConfig(ConfigSource source) throws MojoExecutionException {
        try {
            if (source.file().isPresent()) {
                return ConfigLoader.load(source.file().get());
            }
            String text;
            try {
                text = source.read();
            } catch (IOException e) {
                throw new MojoExecutionException("spec-lint: cannot read " + source.name() + ": " + e.getMessage(), e);
            }
            String fileName = Path.of(source.url().getPath()).getFileName().toString();
            standIn = Optional.of(basedir.resolve(fileName));
            sourceName = source.name();
            return ConfigLoader.parse(text, standIn.get());
        } catch (ConfigException e) {
            throw new MojoExecutionException(explain(e), e);
        }
    }

    /** {@code e}'s message for the build log: a classpath config named as such. */
    String explain(ConfigException e) {
        String message = e.getMessage();
        if (standIn.isPresent()) {
            message = message.replace(standIn.get().toString(), sourceName);
        }
        return "spec-lint: " + message;
    }
}
