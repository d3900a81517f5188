package dev.speclint.cli;

import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.BuiltInProfile;
import dev.speclint.core.profile.ProfileLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code spec-lint profiles}: lists the built-in profiles, one a line: name, then description. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "Lists the built-in profiles (use one with 'profile: NAME' or --profile NAME).")
final class ProfilesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProfileLoader loader = new ProfileLoader(ProfilesCommand.class.getClassLoader(), new SpecParser());
        int width = loader.builtIns().keySet().stream().mapToInt(String::length).max().orElse(0);
        loader.builtIns().values().stream().sorted(java.util.Comparator.comparing(BuiltInProfile::name))
                .forEach(p -> out.println(String.format("%-" + width + "s  %s", p.name(), p.description())));
        out.flush();
        return SpecLintCommand.CLEAN;
    }
}
