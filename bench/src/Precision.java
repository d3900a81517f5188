import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The precision harness: lints each shared corpus with its committed config (examples/configs/) and
 * prints, per corpus and per rule, the files, the findings and the median findings per spec; then
 * scores the hand-judged sample of each corpus (bench/precision/CORPUS.tsv: file, line, rule,
 * verdict TRUE/FALSE/DEBATABLE, reason), DEBATABLE counted as false. A judged row whose finding is
 * gone no longer counts; findings of the run that are in no judged row are what is left to judge.
 *
 * <pre>
 *   mvn -q -B -DskipTests package
 *   java -cp spec-lint-cli/target/spec-lint.jar bench/src/Precision.java            # tables and scores
 *   java -cp spec-lint-cli/target/spec-lint.jar bench/src/Precision.java --draw 40  # add 40 random
 *       unjudged findings per corpus to its TSV (verdict empty: read the spec, then fill it in)
 * </pre>
 *
 * Options: {@code --corpus DIR} (default ../shared/corpus beside the repository), {@code --only NAME}
 * (one corpus), {@code --seed N} and {@code --rule ID} (draw from one rule only) for {@code --draw}.
 */
public final class Precision {

    /** A shared corpus, the config it is linted with and the folder linted. */
    record Corpus(String name, String config, String dir) {
    }

    static final List<Corpus> CORPORA = List.of(
            new Corpus("rust-rfcs", "examples/configs/rust-rfcs.yaml", "rust-rfcs/text"),
            new Corpus("swift-evolution", "examples/configs/swift-evolution.yaml", "swift-evolution/proposals"),
            new Corpus("oteps", "examples/configs/oteps.yaml", "oteps"),
            new Corpus("jabref-adr", "examples/configs/jabref-adr.yaml", "jabref-adr/docs/decisions"),
            new Corpus("madr", "examples/configs/madr.yaml", "madr/docs/decisions"));

    static final String HEADER = "file\tline\trule\tverdict\treason";

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path corpusRoot = root.resolve("../shared/corpus").normalize();
        int draw = 0;
        long seed = 20261202L;
        String only = null;
        String onlyRule = null;
        boolean misses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpusRoot = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--draw" -> draw = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only = args[++i];
                case "--rule" -> onlyRule = args[++i];
                case "--misses" -> misses = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("| corpus | files | findings | median per spec | specs with none | judged | TRUE | FALSE "
                + "| DEBATABLE | precision | unjudged |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        StringBuilder perRule = new StringBuilder();
        for (Corpus c : CORPORA) {
            if (only != null && !only.equals(c.name())) {
                continue;
            }
            Path dir = corpusRoot.resolve(c.dir());
            LintConfig config = ConfigLoader.load(root.resolve(c.config()));
            SpecLinter linter = SpecLinter.builder().config(config).baseDir(dir).build();
            LintResult result = linter.lint(List.of(dir));
            List<Violation> found = result.violations();
            Map<String, Integer> perFile = new HashMap<>();
            Map<String, int[]> byRule = new TreeMap<>();
            for (Violation v : found) {
                perFile.merge(v.file(), 1, Integer::sum);
                byRule.computeIfAbsent(v.rule(), k -> new int[1])[0]++;
            }
            int files = result.files().size();
            List<Integer> counts = new ArrayList<>();
            for (String f : result.files()) {
                counts.add(perFile.getOrDefault(linter.display(Path.of(f)), perFile.getOrDefault(f, 0)));
            }
            Path tsv = root.resolve("bench/precision/" + c.name() + ".tsv");
            Map<String, String[]> judged = readJudged(tsv);
            Map<String, Violation> current = new LinkedHashMap<>();
            for (Violation v : found) {
                current.putIfAbsent(key(v.file(), v.line(), v.rule()), v);
            }
            int t = 0;
            int f = 0;
            int d = 0;
            for (Map.Entry<String, String[]> e : judged.entrySet()) {
                if (!current.containsKey(e.getKey())) {
                    continue; // the finding is gone
                }
                switch (e.getValue()[3]) {
                    case "TRUE" -> t++;
                    case "FALSE" -> f++;
                    case "DEBATABLE" -> d++;
                    default -> { }
                }
                if (misses && !e.getValue()[3].equals("TRUE")) {
                    System.err.println(c.name() + "\t" + String.join("\t", e.getValue()) + "\t"
                            + current.get(e.getKey()).message());
                }
            }
            List<Violation> unjudged = new ArrayList<>();
            for (Map.Entry<String, Violation> e : current.entrySet()) {
                if (!judged.containsKey(e.getKey())) {
                    unjudged.add(e.getValue());
                }
            }
            int n = t + f + d;
            long clean = counts.stream().filter(x -> x == 0).count();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %d | %d | %d | %s | %d |%n", c.name(), files,
                    found.size(), median(counts), clean, n, t, f, d,
                    n == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) t / n), unjudged.size());
            perRule.append("\n").append(c.name()).append(":");
            byRule.forEach((rule, k) -> perRule.append(' ').append(rule).append('=').append(k[0]));
            if (draw > 0) {
                String r = onlyRule;
                drawSample(tsv, judged, unjudged.stream().filter(v -> r == null || v.rule().equals(r)).toList(), draw,
                        seed, result);
            }
        }
        System.out.println();
        System.out.println("Findings per rule:" + perRule);
    }

    /**
     * Appends {@code count} findings drawn at random (stratified: each rule in turn, so that rare rules
     * are sampled too) from {@code unjudged} to the TSV, verdict empty and the message as the reason
     * to replace.
     */
    static void drawSample(Path tsv, Map<String, String[]> judged, List<Violation> unjudged, int count, long seed,
            LintResult result) throws IOException {
        Map<String, List<Violation>> byRule = new TreeMap<>();
        for (Violation v : unjudged) {
            byRule.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v);
        }
        Random random = new Random(seed);
        byRule.values().forEach(l -> Collections.shuffle(l, random));
        List<String> lines = new ArrayList<>();
        int added = 0;
        while (added < count && byRule.values().stream().anyMatch(l -> !l.isEmpty())) {
            for (List<Violation> l : byRule.values()) {
                if (!l.isEmpty() && added < count) {
                    Violation v = l.remove(0);
                    lines.add(v.file() + "\t" + v.line() + "\t" + v.rule() + "\t\t" + v.message().replace('\t', ' '));
                    added++;
                }
            }
        }
        Files.createDirectories(tsv.getParent());
        if (!Files.exists(tsv)) {
            Files.writeString(tsv, HEADER + "\n", StandardCharsets.UTF_8);
        }
        Files.write(tsv, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    static Map<String, String[]> readJudged(Path tsv) throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return out;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("file\t") || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 5);
            if (cols.length < 4) {
                throw new IllegalArgumentException(tsv + ": a row needs file, line, rule, verdict, reason: " + line);
            }
            out.put(key(cols[0], Integer.parseInt(cols[1].strip()), cols[2].strip()),
                    new String[] {cols[0], cols[1], cols[2], cols[3].strip(), cols.length > 4 ? cols[4] : ""});
        }
        return out;
    }

    static String key(String file, int line, String rule) {
        return file + ":" + line + ":" + rule;
    }

    static String median(List<Integer> values) {
        if (values.isEmpty()) {
            return "0";
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return m == Math.floor(m) ? Long.toString((long) m) : String.format(Locale.ROOT, "%.1f", m);
    }
}
