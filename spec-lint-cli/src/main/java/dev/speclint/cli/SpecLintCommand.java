package dev.speclint.cli;

import dev.speclint.core.SpecLintVersion;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code spec-lint} command: entry point of the runnable jar. */
@Command(name = "spec-lint",
        mixinStandardHelpOptions = true,
        versionProvider = SpecLintCommand.Version.class,
        description = "Lints Markdown technical specifications against the template they were written from.",
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

    /**
     * The subcommands by name, in the order help lists them. picocli reads a command's annotations when it is
     * added, about 2 ms each at start-up, so a run of one command adds only that one ({@link #commandLine}). The
     * names are written here rather than read from the annotations, which would cost that reading again for all
     * of them (2 to 15 ms); CliTest checks that each is its command's own.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(Map.entry("lint", LintCommand.class),
            Map.entry("fix", FixCommand.class), Map.entry("baseline", BaselineCommand.class),
            Map.entry("init", InitCommand.class), Map.entry("new", NewCommand.class),
            Map.entry("template", TemplateCommand.class), Map.entry("rules", RulesCommand.class),
            Map.entry("explain", ExplainCommand.class), Map.entry("outline", OutlineCommand.class),
            Map.entry("schema", SchemaCommand.class), Map.entry("profiles", ProfilesCommand.class),
            Map.entry("list", ListCommand.class), Map.entry("lsp", LspCommand.class),
            Map.entry("help", CommandLine.HelpCommand.class));

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
        CommandLine cli = commandLine(args);
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
     * The command line for {@code args}: with only the subcommand that {@code args} starts with, else (help, an
     * option, a misspelt command, none) with all of them, for the help and the did-you-mean. The help command
     * always gets all of them: it lists them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new SpecLintCommand());
        Class<?> only = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.get(args[0]);
        if (only != null) {
            cli.addSubcommand(args[0], only);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        return cli;
    }

    /** The commands by name, in the order given (Map.ofEntries keeps none). */
    @SafeVarargs
    private static Map<String, Class<?>> subcommands(Map.Entry<String, Class<?>>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> c : commands) {
            byName.put(c.getKey(), c.getValue());
        }
        return Collections.unmodifiableMap(byName);
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
