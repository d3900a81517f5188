import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.parse.DeepStack;
import dev.speclint.core.parse.SourceText;
import dev.speclint.core.parse.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * In-process throughput of spec-lint on a directory of Markdown (default /work/shared/corpus), on one
 * thread, after warm-up; medians of the measured rounds. Prints a Markdown table.
 *
 * <ul>
 * <li>flexmark parse: flexmark alone (spec-lint's extensions and options) on text in memory, handed over as
 * SpecParser does (a {@code CharSubSequence}): the ceiling;
 * <li>SpecParser: bytes to SpecDocument (strict UTF-8 decode, flexmark, DocumentAssembler);
 * <li>lint, 1 thread: SpecLinter.lint(files) with the default profile and every built-in rule: reading,
 *     parsing, rules, cross-file rules, suppressions, sorting;
 * <li>lint, N threads: the same with the default thread count (available processors);
 * <li>lint with cache (all hits): the same run again with a cache every file hits.
 * </ul>
 *
 * Run: bench/run.sh (or java -cp spec-lint-cli/target/spec-lint.jar bench/src/Throughput.java [dir] [warmup] [rounds])
 */
public final class Throughput {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long total = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes.add(b);
            total += b.length;
            try {
                texts.add(SourceText.decode(b).text());
            } catch (Exception e) {
                texts.add(""); // not UTF-8: spec-lint reports it unparsed
            }
        }
        long mb = total;
        System.err.printf(Locale.ROOT, "%d files, %.2f MB, %d warm-up + %d measured rounds%n", files.size(), mb / 1e6,
                warmup, rounds);

        Parser flexmark = flexmark();
        SpecParser specParser = new SpecParser();
        SpecLinter one = SpecLinter.builder().baseDir(dir).threads(1).build();
        SpecLinter many = SpecLinter.builder().baseDir(dir).build();
        Path cacheFile = Files.createTempFile("spec-lint-bench", ".cache");
        Files.delete(cacheFile);
        SpecLinter cached = SpecLinter.builder().baseDir(dir).cache(cacheFile).build();

        int[] violations = new int[1];
        cached.lint(List.of(dir)); // fills the cache
        List<String> names = List.of("flexmark parse (1 thread)",
                "SpecParser: decode + flexmark + assemble (1 thread)",
                "lint, default profile, all rules (1 thread)",
                "lint, default profile, all rules (" + Runtime.getRuntime().availableProcessors() + " threads)",
                "lint with cache, every file unchanged (" + Runtime.getRuntime().availableProcessors() + " threads)");
        List<Callable<Object>> tasks = List.of(() -> {
            for (String t : texts) {
                // as SpecParser hands it over: a String would be a second sequence class in flexmark's hot
                // call sites, which slows both parses in one JVM
                flexmark.parse(CharSubSequence.of(t.toCharArray(), 0, t.length()));
            }
            return null;
        }, () -> {
            for (byte[] b : bytes) {
                try {
                    specParser.parse("x.md", b);
                } catch (Exception e) {
                    // invalid UTF-8: spec-lint reports it
                }
            }
            return null;
        }, () -> {
            violations[0] = one.lint(List.of(dir)).violations().size();
            return null;
        }, () -> many.lint(List.of(dir)), () -> cached.lint(List.of(dir)));
        List<Row> rows = measure(names, tasks, mb, warmup, rounds);
        Files.deleteIfExists(cacheFile);

        System.out.println();
        System.out.printf(Locale.ROOT, "In-process, %d files, %.2f MB (%s), %d violations; median of %d rounds after %d"
                + " warm-up rounds%n%n", files.size(), mb / 1e6, dir, violations[0], rounds, warmup);
        System.out.println("| measurement | median ms | min ms | max ms | MB/s (median) | vs flexmark parse |");
        System.out.println("|---|---|---|---|---|---|");
        double base = rows.get(0).mbPerSecond();
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.1f | %.2f |%n", r.name(), r.median(), r.min(),
                    r.max(), r.mbPerSecond(), r.mbPerSecond() / base);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "ratio lint (1 thread) / flexmark parse (1 thread) = %.2f (target >= 0.8)%n",
                rows.get(2).mbPerSecond() / base);
    }

    record Row(String name, double median, double min, double max, long bytes) {
        double mbPerSecond() {
            return bytes / 1e6 / (median / 1e3);
        }
    }

    /**
     * Warms every task up, then runs the measured rounds round-robin (task 1, 2, ..., 1, 2, ...) so that
     * the machine's drift hits every task alike; each run on a deep-stack thread like spec-lint's workers.
     */
    private static List<Row> measure(List<String> names, List<Callable<Object>> tasks, long bytes, int warmup,
            int rounds) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor(DeepStack.threadFactory("bench"));
        try {
            for (int i = 0; i < warmup; i++) {
                for (Callable<Object> t : tasks) {
                    thread.submit(t).get();
                }
            }
            List<List<Double>> times = new ArrayList<>();
            tasks.forEach(t -> times.add(new ArrayList<>()));
            for (int i = 0; i < rounds; i++) {
                for (int k = 0; k < tasks.size(); k++) {
                    long t0 = System.nanoTime();
                    thread.submit(tasks.get(k)).get();
                    times.get(k).add((System.nanoTime() - t0) / 1e6);
                }
                System.err.printf(Locale.ROOT, "  round %d of %d%n", i + 1, rounds);
            }
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < tasks.size(); k++) {
                List<Double> ms = times.get(k);
                Collections.sort(ms);
                double median = ms.size() % 2 == 1 ? ms.get(ms.size() / 2)
                        : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2;
                rows.add(new Row(names.get(k), median, ms.get(0), ms.get(ms.size() - 1), bytes));
            }
            return rows;
        } finally {
            thread.shutdownNow();
        }
    }

    /** flexmark with spec-lint's extensions and options (see SpecParser). */
    private static Parser flexmark() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), FootnoteExtension.create(), YamlFrontMatterExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return Parser.builder(options).build();
    }
}
