package dev.speclint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure of spec-lint-core, read from the sources: no package cycles, and every
 * dependency points down the layers below. A new package must be placed in {@link #LAYERS} on purpose.
 */
class PackageDependencyTest {

    private static final String ROOT = "dev.speclint.core";

    /**
     * Each package and its layer: a package may depend only on packages of a lower layer. The document model
     * sits on the utilities (a memo of its key folding), below the parser. The rule SPI
     * sits below config, profiles and the engine so that a rule jar compiles against a small, stable
     * set of types.
     */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry(ROOT, 0),
            Map.entry(ROOT + ".util", 0),
            Map.entry(ROOT + ".io", 0),
            Map.entry(ROOT + ".document", 1),
            Map.entry(ROOT + ".parse", 2),
            Map.entry(ROOT + ".template", 3),
            Map.entry(ROOT + ".rule", 4),
            Map.entry(ROOT + ".config", 5),
            Map.entry(ROOT + ".profile", 6),
            Map.entry(ROOT + ".engine.cache", 7),
            Map.entry(ROOT + ".index", 7),
            Map.entry(ROOT + ".engine", 8),
            Map.entry(ROOT + ".report", 9),
            Map.entry(ROOT + ".scaffold", 9),
            Map.entry(ROOT + ".vcs", 9),
            Map.entry(ROOT + ".baseline", 10),
            Map.entry(ROOT + ".fix", 9));

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\n])*\"");
    /** A qualified reference to a type of core: the package, then a capitalised type name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.speclint\\.core(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void everyPackageIsPlacedInALayerAndDocumented() {
        Map<String, Set<String>> graph = dependencies(SOURCES);
        assertThat(LAYERS.keySet()).as("packages of spec-lint-core missing from LAYERS").containsAll(graph.keySet());
        for (String pkg : graph.keySet()) {
            assertThat(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java"))
                    .as("package-info.java of " + pkg).isRegularFile();
        }
    }

    @Test
    void packagesHaveNoCycles() {
        assertThat(cycles(dependencies(SOURCES))).as("package cycles in spec-lint-core").isEmpty();
    }

    @Test
    void everyDependencyPointsDown() {
        List<String> upward = new ArrayList<>();
        dependencies(SOURCES).forEach((from, tos) -> {
            for (String to : tos) {
                Integer a = LAYERS.get(from);
                Integer b = LAYERS.get(to);
                if (a != null && b != null && b >= a) {
                    upward.add(from + " (layer " + a + ") -> " + to + " (layer " + b + ")");
                }
            }
        });
        assertThat(upward).as("dependencies that do not point to a lower layer").isEmpty();
    }

    @Test
    void theScanSeesACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(graph)).containsExactly("a -> b -> c -> a");
    }

    /** Package to the other core packages its sources refer to, by import or by qualified name. */
    static Map<String, Set<String>> dependencies(Path sources) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = sources.relativize(file.getParent()).toString().replace(file.getFileSystem()
                        .getSeparator(), ".");
                Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                String code = STRING.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(" ")).replaceAll("\"\"");
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(pkg)) {
                        deps.add(to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /**
     * Cycles ({@code a -> b -> a}), each written from its smallest package: at least one through every
     * package that is on a cycle, which is all a failing test needs to name.
     */
    static Set<String> cycles(Map<String, Set<String>> graph) {
        Set<String> found = new TreeSet<>();
        for (String start : graph.keySet()) {
            // depth-first from start, only through packages after start, so each cycle is found once
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            Set<String> seen = new HashSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                String last = path.get(path.size() - 1);
                for (String next : graph.getOrDefault(last, Set.of())) {
                    if (next.equals(start)) {
                        found.add(String.join(" -> ", path) + " -> " + start);
                    } else if (next.compareTo(start) > 0 && !path.contains(next) && seen.add(next)) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        paths.push(longer);
                    }
                }
            }
        }
        return found;
    }
}
