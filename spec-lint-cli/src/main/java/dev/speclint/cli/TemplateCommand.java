package dev.speclint.cli;

import dev.speclint.core.profile.BuiltInProfile;
import dev.speclint.core.profile.ProfileLoader;
import dev.speclint.core.parse.SpecParser;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spec-lint template [NAME]}: prints a built-in profile's template, to start a spec or a template from. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Prints the template of a built-in profile (see 'spec-lint profiles').")
final class TemplateCommand implements Callable<Integer> {

    /** The profile printed when none is named. */
    static final String DEFAULT = "technical-spec";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", defaultValue = DEFAULT,
            description = "A built-in profile (default: ${DEFAULT-VALUE})")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(builtIn(name).templateText());
        out.flush();
        return SpecLintCommand.CLEAN;
    }

    /**
     * The built-in profile {@code name}.
     *
     * @throws CliFailure listing the built-in names when there is none of that name
     */
    static BuiltInProfile builtIn(String name) {
        ProfileLoader loader = new ProfileLoader(PluginPath.loader(java.util.List.of(), System.getenv(PluginPath.ENV)),
                new SpecParser());
        Optional<BuiltInProfile> found = loader.builtIn(name);
        if (found.isEmpty()) {
            throw new CliFailure("no built-in profile '" + name + "': use one of "
                    + String.join(", ", new TreeSet<>(loader.builtIns().keySet())));
        }
        return found.get();
    }
}
