package dev.speclint.maven;

import dev.speclint.core.config.LintConfig;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the located {@code spec-lint.yaml} into a {@link LintConfig}: the one place the plugin
 * reads a config file, so that it switches to core's config loader in one spot.
 */
final class MojoConfig {

    private MojoConfig() {
    }

    /** The run's config: the file's when there is one, else {@link LintConfig#defaults()}. */
    static LintConfig load(Optional<ConfigSource> source) throws MojoExecutionException {
        if (source.isEmpty()) {
            return LintConfig.defaults();
        }
        return loadConfig(source.get());
    }

    /**
     * Reads one config.
     *
     * <p>PENDING (issue 4 waits on the config issue): this branch has no YAML config loader yet, so a
     * config is refused with a message saying so rather than silently ignored. When core's
     * {@code ConfigLoader} is merged, this method calls it and maps its {@code ConfigException}
     * (which names file, line and problem) to a {@link MojoExecutionException}.
     */
    static LintConfig loadConfig(ConfigSource source) throws MojoExecutionException {
        throw new MojoExecutionException("spec-lint: " + source.name() + ": this version of the plugin cannot "
                + "read spec-lint.yaml files yet; remove the file or the configLocation parameter and set "
                + "profile, includes and excludes as plugin parameters");
    }
}
