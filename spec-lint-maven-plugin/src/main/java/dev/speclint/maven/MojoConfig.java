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
 * <p>A config that is a classpath resource has no directory of its own: relative template paths in it
 * resolve against the module's base directory, and messages name it by its resource name.
 */
final class MojoConfig {

    private final Path basedir;

    MojoConfig(Path basedir) {
        this.basedir = basedir;
    }

    /** The run's config: the located one, else {@link LintConfig#defaults()}. */
    LintConfig load(Optional<ConfigLocation> location) throws MojoExecutionException {
        if (location.isEmpty()) {
            return LintConfig.defaults();
        }
        return loadConfig(location.get());
    }

    /**
     * Reads one config.
     *
     * @throws MojoExecutionException naming the file (or resource), the line and the problem
     */
    LintConfig loadConfig(ConfigLocation location) throws MojoExecutionException {
        try {
            if (location.file().isPresent()) {
                return ConfigLoader.load(location.file().get());
            }
            byte[] bytes;
            try {
                bytes = location.read();
            } catch (IOException e) {
                throw new MojoExecutionException("spec-lint: cannot read " + location.name() + ": " + e.getMessage(),
                        e);
            }
            return ConfigLoader.load(bytes, location.name(), basedir);
        } catch (ConfigException e) {
            throw new MojoExecutionException(explain(e), e);
        }
    }

    /** {@code e}'s message for the build log. */
    static String explain(ConfigException e) {
        return "spec-lint: " + e.getMessage();
    }
}
