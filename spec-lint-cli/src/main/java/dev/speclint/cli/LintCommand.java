package dev.speclint.cli;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.LintResult;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.report.ReportContext;
import dev.speclint.core.report.Reporters;
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

/** {@code spec-lint lint [paths...]}: lints files and directories. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lints Markdown files, and the *.md files under directories.")
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories (default: .)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Files linted at once (default: processors)")
    Integer threads;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep results in FILE: unchanged files are not linted again on the next run")
    Path cache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.validate(spec.commandLine());
        SpecLinter linter = build(configOptions.load());
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        boolean missing = false;
        for (Path p : targets) {
            if (!Files.exists(p)) {
                err.println("spec-lint: " + p + ": no such file or directory");
                missing = true;
            }
        }
        List<Path> existing = targets.stream().filter(Files::exists).toList();
        LintResult result = linter.lint(existing);
        int code = output.report(result, ReportContext.of(linter, false), out, err);
        return missing ? SpecLintCommand.FAILURE : code;
    }

    private SpecLinter build(LintConfig config) {
        try {
            SpecLinter.Builder b = SpecLinter.builder().config(config)
                    .progress(output.progress(spec.commandLine().getErr()));
            if (threads != null) {
                b.threads(threads);
            }
            PrintWriter err = spec.commandLine().getErr();
            b.warnings(message -> {
                synchronized (err) {
                    err.println("spec-lint: warning: " + message);
                }
            });
            if (cache != null) {
                b.cache(cache);
            }
            return b.build();
        } catch (ConfigException e) {
            throw new CliFailure(e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** Completion candidates of {@code --format}. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(Reporters.formats());
        }
    }
}
