package dev.speclint.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the {@code configLocation} parameter (or the search for the nearest config) found the run's
 * {@code spec-lint.yaml}: a file, or a resource of the plugin's class loader (a jar under the
 * plugin's {@code <dependencies>}). Not to be confused with core's
 * {@link dev.speclint.core.config.ConfigSource}, which a loaded config carries for its messages.
 *
 * @param name how messages name it: the file's path or {@code classpath:<resource>}
 * @param file the file, when the config is one
 * @param url where to read it from
 */
record ConfigLocation(String name, Optional<Path> file, URL url) {

    ConfigLocation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
    }

    static ConfigLocation ofFile(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        return new ConfigLocation(abs.toString(), Optional.of(abs), abs.toUri().toURL());
    }

    static ConfigLocation ofResource(String resource, URL url) {
        return new ConfigLocation("classpath:" + resource, Optional.empty(), url);
    }

    /** The config's bytes. */
    byte[] read() throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
