package dev.speclint.cli;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.ProgressListener;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecFilter;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.report.SpecIndexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spec-lint list [paths...]}: the spec index (id, status, completeness, findings per spec) as
 * a table, JSON or CSV, filtered by status and {@code --where} conditions ({@link SpecFilter}). Lists;
 * does not judge: exits 0 whatever the findings.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the specs with their status, completeness and findings, as a table, JSON or CSV.")
final class ListCommand implements java.util.concurrent.Callable<Integer> {

    /** The output formats. */
    enum Format { table, json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only specs with this status (any case; repeat for several)")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--where", paramLabel = "EXPR",
            description = "Only specs for which EXPR holds, e.g. 'checklist<100%', 'placeholders>0', 'errors>0' "
                    + "(repeatable; all must hold; docs/cli.md#list lists the fields)")
    List<String> where = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv")
    Format format;

    @Option(names = "--allow-empty", description = "Accept a run that matches no file (default: exit 2)")
    boolean allowEmpty;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Predicate<SpecEntry> filter = filter();
        Optional<List<Path>> existing = Targets.existing(paths, err);
        if (existing.isEmpty()) {
            return SpecLintCommand.FAILURE;
        }
        List<Path> targets = existing.get();
        SpecLinter linter = LinterFactory.build(configOptions.load(), configOptions.classLoader(), null, null,
                ProgressListener.NONE, err);
        LintResult result = linter.lint(targets);
        EmptyRun.check(result, targets, linter, allowEmpty);
        SpecIndex index = linter.index(result).filter(filter);
        switch (format) {
            case json -> SpecIndexJson.writeDocument(index, out);
            case csv -> IndexTable.csv(index, out);
            default -> IndexTable.table(index, out);
        }
        out.flush();
        return SpecLintCommand.CLEAN;
    }

    /** The options' filter; a bad {@code --where} is a usage error (exit 2) naming what is wrong. */
    private Predicate<SpecEntry> filter() {
        Predicate<SpecEntry> filter = e -> true;
        if (!statuses.isEmpty()) {
            List<String> wanted = statuses.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            filter = e -> wanted.contains(e.status().toLowerCase(Locale.ROOT));
        }
        for (String expression : where) {
            try {
                filter = filter.and(SpecFilter.parse(expression));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--where: " + e.getMessage());
            }
        }
        return filter;
    }
}
