import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.profile.CompiledTemplates;
import dev.speclint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What building one module's {@link SpecLinter} costs in a warm JVM, as the Maven plugin does once per
 * module: from scratch (templates compiled, rules discovered) against with the build's shared compiled
 * templates and rules. 3 rounds of 40 builds each way, alternating, medians.
 *
 * <pre>
 * java -cp spec-lint-cli/target/spec-lint.jar bench/src/WarmBuild.java /tmp/reactor20/mod01 [spec-lint.yaml]
 * </pre>
 */
public class WarmBuild {

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        LintConfig config = args.length > 1 ? ConfigLoader.load(Path.of(args[1])) : LintConfig.defaults();
        ClassLoader loader = WarmBuild.class.getClassLoader();
        CompiledTemplates templates = CompiledTemplates.bounded(64);
        RuleRegistry registry = RuleRegistry.discover(loader);
        for (int round = 1; round <= 3; round++) {
            double[] cold = new double[40];
            double[] warm = new double[40];
            for (int i = 0; i < cold.length; i++) {
                long start = System.nanoTime();
                SpecLinter.builder().config(config).baseDir(base).classLoader(loader).build();
                cold[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                SpecLinter.builder().config(config).baseDir(base).classLoader(loader).compiledTemplates(templates)
                        .rules(registry).build();
                warm[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(cold);
            Arrays.sort(warm);
            System.out.printf("round %d: linter build, median of %d: from scratch %.1f ms, shared %.1f ms%n", round,
                    cold.length, cold[cold.length / 2], warm[warm.length / 2]);
        }
    }
}
