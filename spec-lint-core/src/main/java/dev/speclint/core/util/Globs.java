package dev.speclint.core.util;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of file globs ({@code **}{@code /*.md}, {@code docs/adr/**}), matched against relative paths.
 * {@code **}{@code /} matches zero or more folders wherever it stands, as in every common glob
 * implementation: {@code docs/adr/**}{@code /*.md} matches {@code docs/adr/ADR-001.md} as well as
 * {@code docs/adr/2024/ADR-002.md} ({@code java.nio}'s glob alone wants at least one folder there).
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
            for (String variant : zeroFolderVariants(glob)) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        }
        return new Globs(out);
    }

    /**
     * {@code glob} and every glob made from it by dropping some of its {@code **}{@code /} segments
     * (those at the start or after a {@code /}), so that each can stand for zero folders.
     */
    static List<String> zeroFolderVariants(String glob) {
        List<String> out = new ArrayList<>();
        out.add(glob);
        for (int i = 0; i < out.size(); i++) {
            String g = out.get(i);
            for (int at = g.indexOf("**/"); at >= 0; at = g.indexOf("**/", at + 1)) {
                if (at == 0 || g.charAt(at - 1) == '/') {
                    String dropped = g.substring(0, at) + g.substring(at + 3);
                    if (!out.contains(dropped)) {
                        out.add(dropped);
                    }
                }
            }
        }
        return out;
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
