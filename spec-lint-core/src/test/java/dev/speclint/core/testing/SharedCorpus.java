package dev.speclint.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real-world corpus ({@code shared/corpus}), which sits beside the repository: {@code ../shared} from its
 * root in CI, one level further up from a worktree. The nearest {@code shared/corpus} above the module directory is
 * taken; tests skip (with an assumption naming where they looked) when there is none.
 */
public final class SharedCorpus {

    /** The corpus directory, or a path that does not exist when it is nowhere above the module. */
    public static final Path DIR = locate();

    private SharedCorpus() {
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath().getParent();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "..", "shared", "corpus").toAbsolutePath().normalize();
    }
}
