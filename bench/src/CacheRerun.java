import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Maven re-run case: N specs generated from the example specs (each with its own Spec ID), linted
 * through the core API with a cache: a cold run, then runs where every file is unchanged. Each run
 * builds a new SpecLinter, as a new Maven build would; times are of SpecLinter.lint (+ build).
 *
 * Run: java -cp spec-lint-cli/target/spec-lint.jar bench/src/CacheRerun.java examples 1000
 */
public final class CacheRerun {

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<Path> seeds;
        try (Stream<Path> s = Files.list(examples)) {
            seeds = s.filter(p -> p.getFileName().toString().startsWith("SPEC-")).sorted().toList();
        }
        Path dir = Files.createTempDirectory("spec-lint-cache-bench");
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Path seed = seeds.get(i % seeds.size());
            String text = Files.readString(seed).replaceFirst("(\\*\\*Spec ID:\\*\\*\\s*)(\\S+)", "$1$2-" + i);
            Path out = dir.resolve("specs/team-" + (i / 50) + "/spec-" + i + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
            bytes += Files.size(out);
        }
        Path cache = dir.resolve("target/spec-lint.cache");
        List<String> rows = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            SpecLinter linter = SpecLinter.builder().baseDir(dir).cache(cache)
                    .warnings(w -> System.err.println("warning: " + w)).build();
            long t1 = System.nanoTime();
            LintResult r = linter.lint(List.of(dir.resolve("specs")));
            long t2 = System.nanoTime();
            rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f |", run == 0 ? "cold (no cache)"
                    : "re-run " + run + ", all unchanged", r.files().size(), r.violations().size(), (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6));
        }
        System.out.printf(Locale.ROOT, "%n%d specs, %.2f MB, cache file %d KB; one JVM, a new SpecLinter per run%n%n",
                n, bytes / 1e6, Files.size(cache) / 1024);
        System.out.println("| run | files | violations | build ms | lint ms |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
