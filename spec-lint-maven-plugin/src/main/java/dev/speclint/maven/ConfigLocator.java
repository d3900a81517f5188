package dev.speclint.maven;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Resolves the {@code configLocation} parameter: a file (relative to the project's base directory),
 * else a resource of the plugin's class loader; with no {@code configLocation}, the project's own
 * {@code spec-lint.yaml} when there is one.
 */
final class ConfigLocator {

    /** The config file a project may keep at its root. */
    static final String DEFAULT_FILE = "spec-lint.yaml";

    private final Path basedir;
    private final ClassLoader loader;

    ConfigLocator(Path basedir, ClassLoader loader) {
        this.basedir = basedir;
        this.loader = loader;
    }

    /**
     * @param configLocation the parameter's value, or null or blank when not set
     * @return the config to load, or empty when the run uses the defaults
     * @throws MojoExecutionException when {@code configLocation} names neither a file nor a resource
     */
    Optional<ConfigSource> locate(String configLocation) throws MojoExecutionException {
        try {
            if (configLocation == null || configLocation.isBlank()) {
                Path fallback = basedir.resolve(DEFAULT_FILE);
                return Files.isRegularFile(fallback) ? Optional.of(ConfigSource.ofFile(fallback)) : Optional.empty();
            }
            String location = configLocation.strip();
            Optional<Path> file = asFile(location);
            if (file.isPresent()) {
                return Optional.of(ConfigSource.ofFile(file.get()));
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            URL url = resource.isEmpty() ? null : loader.getResource(resource);
            if (url != null) {
                return Optional.of(ConfigSource.ofResource(resource, url));
            }
            throw new MojoExecutionException("spec-lint: configLocation '" + location + "' is neither a file ("
                    + basedir.resolve(location).normalize() + " does not exist) nor a resource on the plugin's "
                    + "classpath; give a path relative to " + basedir + ", or add the jar holding the resource "
                    + "under the plugin's <dependencies>");
        } catch (IOException e) {
            throw new MojoExecutionException("spec-lint: cannot use configLocation '" + configLocation + "': "
                    + e.getMessage(), e);
        }
    }

    private Optional<Path> asFile(String location) {
        if (location.startsWith("classpath:")) {
            return Optional.empty();
        }
        try {
            Path p = basedir.resolve(location).normalize();
            if (Files.isDirectory(p)) {
                Path inside = p.resolve(DEFAULT_FILE);
                return Files.isRegularFile(inside) ? Optional.of(inside) : Optional.empty();
            }
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
