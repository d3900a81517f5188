package dev.speclint.core.util;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of file globs ({@code **}{@code /*.md}, {@code docs/adr/**}), matched against relative paths.
 * A glob starting with {@code **}{@code /} also matches at the top level, as users expect.
 */
public final class Globs {

    private final List<PathMatcher> matchers;

    private Globs(List<PathMatcher> matchers) {
        this.matchers = List.copyOf(matchers);
    }

    /** Compiles {@code globs} ({@code java.nio} glob syntax). */
    public static Globs of(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return new Globs(out);
    }

    /** Whether any glob matches {@code path}. */
    public boolean matches(Path path) {
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
