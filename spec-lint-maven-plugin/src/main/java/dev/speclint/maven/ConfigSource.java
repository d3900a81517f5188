package dev.speclint.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run's {@code spec-lint.yaml} comes from: a file, or a resource of the plugin's class
 * loader (a jar under the plugin's {@code <dependencies>}).
 *
 * @param name how messages name it: the file's path or {@code classpath:<resource>}
 * @param file the file, when the config is one
 * @param url where to read it from
 */
record ConfigSource(String name, Optional<Path> file, URL url) {

    ConfigSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
    }

    static ConfigSource ofFile(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        return new ConfigSource(abs.toString(), Optional.of(abs), abs.toUri().toURL());
    }

    static ConfigSource ofResource(String resource, URL url) {
        return new ConfigSource("classpath:" + resource, Optional.empty(), url);
    }

    /** The config's text, decoded as UTF-8. */
    String read() throws IOException {
        if (file.isPresent()) {
            return Files.readString(file.get(), StandardCharsets.UTF_8);
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
