package dev.speclint.cli;

import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spec-lint rules}: every rule on the classpath, with its default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule: id, default severity, what it checks. 'spec-lint explain RULE' shows one.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Collection<RuleDescriptor> rules = registry().descriptors();
        int idWidth = rules.stream().mapToInt(d -> d.id().length()).max().orElse(0);
        for (RuleDescriptor d : rules.stream().sorted(java.util.Comparator.comparing(RuleDescriptor::id)).toList()) {
            out.println(pad(d.id(), idWidth) + "  " + pad(d.defaultSeverity().label(), "warning".length()) + "  "
                    + d.summary());
        }
        out.flush();
        return SpecLintCommand.CLEAN;
    }

    /** The rules on spec-lint's class path and in the jars {@value PluginPath#ENV} names. */
    static RuleRegistry registry() {
        try {
            return RuleRegistry.discover(PluginPath.loader(java.util.List.of(), System.getenv(PluginPath.ENV)));
        } catch (IllegalStateException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
