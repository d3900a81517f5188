package dev.speclint.cli;

import dev.speclint.core.SpecLintVersion;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code spec-lint} command: entry point of the runnable jar. */
@Command(name = "spec-lint",
        mixinStandardHelpOptions = true,
        versionProvider = SpecLintCommand.Version.class,
        description = "Lints Markdown technical specifications against the template they were written from.",
        subcommands = {LintCommand.class, FixCommand.class, BaselineCommand.class, InitCommand.class, NewCommand.class,
            TemplateCommand.class, RulesCommand.class, ExplainCommand.class, OutlineCommand.class,
            SchemaCommand.class, ProfilesCommand.class, ListCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no violations at or above the failure threshold",
            "1:violations at or above the failure threshold",
            "2:usage, config or I/O error"})
public final class SpecLintCommand implements Runnable {

    /** Exit code: nothing at or above the threshold. */
    public static final int CLEAN = 0;
    /** Exit code: violations at or above the threshold. */
    public static final int VIOLATIONS = 1;
    /** Exit code: usage, config or I/O failure. */
    public static final int FAILURE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'spec-lint lint docs/'");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SpecLintCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(SpecLintCommand::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("spec-lint: " + (e instanceof CliFailure ? e.getMessage() : e.toString()));
            commandLine.getErr().flush();
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A usage error: one line saying what is wrong, one line saying where help is (and a did-you-mean
     * when picocli has one), never the whole help.
     */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("spec-lint: " + e.getMessage());
        String hint = "Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            hint = "Did you mean " + String.join(" or ", u.getSuggestions()) + "? " + hint;
        }
        err.println(hint);
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Reads the version from the core jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"spec-lint " + SpecLintVersion.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
