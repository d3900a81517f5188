package dev.speclint.core.engine;

import dev.speclint.core.config.ConfigException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class loader of a config's {@code pluginPath:}: each entry is a rule jar, a class folder, or a
 * folder of jars (every {@code *.jar} in it, in name order; a folder without jars is a class folder).
 * The run's own loader is the parent, so a plugin sees spec-lint's SPI and cannot replace it.
 */
final class PluginClassLoader {

    private PluginClassLoader() {
    }

    /**
     * {@code parent} when {@code entries} is empty, else a loader over them.
     *
     * @param where how messages name the config, e.g. {@code spec-lint.yaml: }
     * @throws ConfigException when an entry has gone or cannot be listed
     */
    static ClassLoader of(List<Path> entries, ClassLoader parent, String where) throws ConfigException {
        if (entries.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : entries) {
            try {
                if (Files.isDirectory(p)) {
                    List<Path> jars;
                    try (Stream<Path> list = Files.list(p)) {
                        jars = list.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted().toList();
                    }
                    if (jars.isEmpty()) {
                        urls.add(p.toUri().toURL());
                    }
                    for (Path j : jars) {
                        urls.add(j.toUri().toURL());
                    }
                } else if (Files.isRegularFile(p)) {
                    urls.add(p.toUri().toURL());
                } else {
                    throw new ConfigException(where + "pluginPath " + p + ": no such file or directory");
                }
            } catch (MalformedURLException e) {
                throw new ConfigException(where + "pluginPath " + p + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new ConfigException(where + "pluginPath " + p + ": cannot list it: " + e, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
