package dev.speclint.cli;

import dev.speclint.core.report.ReportContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.util.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code spec-lint explain RULE}: prints a rule's doc page, read from the classpath
 * ({@code dev/speclint/rules/docs/<id>.md}, where the rules jar ships its pages); for a rule without
 * one (a third-party rule), its summary, severity and doc address.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints the documentation of a rule: what it checks, why, options, examples.")
final class ExplainCommand implements Callable<Integer> {

    /** Where rule doc pages are found on the classpath. */
    static final String DOCS = "dev/speclint/rules/docs/";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'spec-lint rules' lists them")
    String ruleId;

    @Override
    public Integer call() throws IOException {
        RuleRegistry registry = RulesCommand.registry();
        RuleDescriptor rule = registry.descriptor(ruleId).orElseThrow(() -> new CliFailure("unknown rule '" + ruleId
                + "'" + Suggestions.didYouMean(ruleId, registry.descriptors().stream().map(RuleDescriptor::id).toList())
                + "; 'spec-lint rules' lists every rule"));
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream page = ExplainCommand.class.getClassLoader().getResourceAsStream(DOCS + rule.id() + ".md")) {
            if (page != null) {
                out.print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            } else {
                out.println("# " + rule.id());
                out.println();
                out.println(rule.summary() + ".");
                out.println();
                out.println("Default severity: " + rule.defaultSeverity().label() + ".");
                out.println("Documentation: " + rule.docUrl(ReportContext.DEFAULT_DOCS_BASE));
            }
        }
        out.flush();
        return SpecLintCommand.CLEAN;
    }
}
