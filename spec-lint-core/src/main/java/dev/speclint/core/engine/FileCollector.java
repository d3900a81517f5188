package dev.speclint.core.engine;

import dev.speclint.core.util.Globs;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the paths of a run into files: a file given by name is taken as is; a directory is walked
 * (links followed, loops skipped) and its files matched against include and exclude globs relative to
 * it. {@code .git} and {@code node_modules} folders are never entered.
 */
public final class FileCollector {

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules");

    private final Globs includes;
    private final Globs excludes;

    public FileCollector(List<String> includes, List<String> excludes) {
        this.includes = Globs.of(includes.isEmpty() ? List.of("**/*.md") : includes);
        this.excludes = Globs.of(excludes);
    }

    /**
     * The files to lint, sorted, without duplicates. A path that does not exist is returned as is so
     * that the run reports it.
     *
     * @param problems receives one line per directory entry that could not be visited
     */
    public List<Path> collect(List<Path> paths, List<String> problems) {
        Set<Path> out = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, out, problems);
            } else {
                out.add(p.normalize());
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether {@code relative} (to a walked directory) is included and not excluded. */
    public boolean selects(Path relative) {
        return includes.matches(relative) && !excludes.matches(relative);
    }

    private void walk(Path root, Set<Path> out, List<String> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Path name = dir.getFileName();
                            if (!dir.equals(root) && name != null && SKIPPED_DIRS.contains(name.toString())) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path rel = root.relativize(dir);
                            if (!dir.equals(root) && excludes.matches(rel)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (selects(root.relativize(file))) {
                                out.add(file.normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(file + ": symbolic link loop, skipped");
                            } else if (selects(root.relativize(file))) {
                                // a dangling link or unreadable entry that would be linted: let the run report it
                                out.add(file.normalize());
                            } else if (Files.isDirectory(file)) {
                                problems.add(file + ": directory cannot be listed (" + e.getMessage() + "), skipped");
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(root + ": " + e.getMessage());
        }
    }
}
