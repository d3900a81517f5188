package dev.speclint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders a module's specs live in: those configured, else {@code docs/specs} and {@code src/docs/specs}. */
final class SourceDirectories {

    /** The defaults, relative to the project's base directory. */
    static final List<String> DEFAULTS = List.of("docs/specs", "src/docs/specs");

    private SourceDirectories() {
    }

    /** The configured folders (relative ones against {@code basedir}), or the defaults when none are. */
    static List<Path> resolve(List<File> configured, Path basedir) {
        List<Path> out = new ArrayList<>();
        if (configured == null || configured.isEmpty()) {
            for (String d : DEFAULTS) {
                out.add(basedir.resolve(d).normalize());
            }
        } else {
            for (File f : configured) {
                out.add(basedir.resolve(f.toPath()).normalize());
            }
        }
        return out;
    }

    static List<Path> existing(List<Path> dirs) {
        return dirs.stream().filter(Files::isDirectory).toList();
    }
}
