package dev.speclint.cli;

import dev.speclint.core.baseline.Baseline;
import dev.speclint.core.baseline.BaselineFile;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.ProgressListener;
import dev.speclint.core.engine.SpecLinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spec-lint baseline [paths...]}: lints as {@code lint} does and writes every finding into a
 * baseline file, which {@code lint --baseline} then leaves out. Rewriting it drops fixed findings.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Writes every current finding into a baseline file, so that 'lint --baseline FILE' "
                + "reports only new ones.", "Run it again to drop the findings fixed since."})
final class BaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = BaselineFile.DEFAULT_NAME,
            description = "The baseline file to write (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Files linted at once (default: processors)")
    Integer threads;

    @Option(names = "--allow-empty", description = "Accept a run that matches no file (default: exit 2)")
    boolean allowEmpty;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path p : targets) {
            if (!Files.exists(p)) {
                throw new CliFailure(p + ": no such file or directory");
            }
        }
        SpecLinter linter = LinterFactory.build(configOptions.load(), configOptions.classLoader(), threads, null,
                ProgressListener.NONE, err);
        LintResult result = linter.lint(targets);
        EmptyRun.check(result, targets, linter, allowEmpty);
        Baseline baseline = Baseline.of(result, linter.baseDir(), output);
        try {
            BaselineFile.write(output, baseline);
        } catch (IOException e) {
            throw new CliFailure("cannot write the baseline " + output + ": " + e.getMessage(), e);
        }
        int entries = baseline.entries().size();
        out.println("spec-lint: wrote " + entries + (entries == 1 ? " entry" : " entries") + " for "
                + result.files().size() + (result.files().size() == 1 ? " file" : " files") + " to " + output);
        return SpecLintCommand.CLEAN;
    }
}
