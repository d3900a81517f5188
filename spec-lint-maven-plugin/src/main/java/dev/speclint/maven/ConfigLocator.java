package dev.speclint.maven;

import dev.speclint.core.config.ConfigLoader;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Resolves the {@code configLocation} parameter: a file (relative to the module's base directory),
 * else a resource of the plugin's class loader. With no {@code configLocation}, the nearest
 * {@code spec-lint.yaml} (or {@code .spec-lint.yaml}) in the module's directory or a parent of it up
 * to the directory Maven was started in: one file at the root of a multi-module build serves every
 * module, and nothing outside the build is picked up.
 */
final class ConfigLocator {

    /** The config file's usual name. */
    static final String DEFAULT_FILE = ConfigLoader.FILE_NAMES.get(0);

    private final Path basedir;
    private final Path root;
    private final ClassLoader loader;

    /**
     * @param basedir the module's base directory
     * @param root the directory Maven was started in; the search for a default config stops there
     */
    ConfigLocator(Path basedir, Path root, ClassLoader loader) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
        this.loader = loader;
    }

    /**
     * @param configLocation the parameter's value, or null or blank when not set
     * @return the config to load, or empty when the run uses the defaults
     * @throws MojoExecutionException when {@code configLocation} names neither a file nor a resource
     */
    Optional<ConfigLocation> locate(String configLocation) throws MojoExecutionException {
        try {
            if (configLocation == null || configLocation.isBlank()) {
                Optional<Path> found = ConfigLoader.discover(basedir, root);
                return found.isPresent() ? Optional.of(ConfigLocation.ofFile(found.get())) : Optional.empty();
            }
            String location = configLocation.strip();
            Optional<Path> file = asFile(location);
            if (file.isPresent()) {
                return Optional.of(ConfigLocation.ofFile(file.get()));
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            URL url = resource.isEmpty() ? null : loader.getResource(resource);
            if (url != null) {
                return Optional.of(ConfigLocation.ofResource(resource, url));
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
