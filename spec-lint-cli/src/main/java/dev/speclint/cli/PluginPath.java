package dev.speclint.cli;

import java.io.File;
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
 * Where third-party rule jars come from: {@code --plugin-path DIR} (every {@code *.jar} in DIR) and
 * the {@code SPEC_LINT_CLASSPATH} environment variable (entries separated by the platform's path
 * separator: a jar, a class folder, or {@code DIR/*} for every jar in DIR). Read by the program,
 * not the launcher, so that {@code java -jar spec-lint.jar} and the launcher take rule jars alike
 * ({@code java -jar} ignores {@code -cp} and {@code CLASSPATH}).
 */
final class PluginPath {

    /** The environment variable listing rule jars. */
    static final String ENV = "SPEC_LINT_CLASSPATH";

    private PluginPath() {
    }

    /**
     * The class loader rules and profiles are discovered with: spec-lint's own, or one that also sees the plugin jars.
     *
     * @throws CliFailure naming an entry that does not exist
     */
    static ClassLoader loader(List<Path> pluginDirs, String classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path dir : pluginDirs) {
            if (!Files.isDirectory(dir)) {
                throw new CliFailure("--plugin-path " + dir + ": no such directory");
            }
            urls.addAll(jarsIn(dir, "--plugin-path " + dir));
        }
        if (classpath != null && !classpath.isBlank()) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (entry.isBlank()) {
                    continue;
                }
                if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                    Path dir = Path.of(entry.substring(0, entry.length() - 2));
                    if (!Files.isDirectory(dir)) {
                        throw new CliFailure(ENV + ": " + dir + ": no such directory");
                    }
                    urls.addAll(jarsIn(dir, ENV + " entry " + entry));
                } else {
                    Path p = Path.of(entry);
                    if (!Files.exists(p)) {
                        throw new CliFailure(ENV + ": " + entry + ": no such file or directory");
                    }
                    urls.add(url(p));
                }
            }
        }
        ClassLoader own = PluginPath.class.getClassLoader();
        return urls.isEmpty() ? own : new URLClassLoader(urls.toArray(URL[]::new), own);
    }

    private static List<URL> jarsIn(Path dir, String what) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().map(PluginPath::url).toList();
        } catch (IOException e) {
            throw new CliFailure(what + ": cannot list the directory: " + e.getMessage(), e);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().normalize().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new CliFailure("cannot use " + p + " as a class path entry: " + e.getMessage(), e);
        }
    }
}
