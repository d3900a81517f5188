package dev.speclint.cli;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options choosing a run's config: {@code --config}, else the nearest {@code spec-lint.yaml}
 * from the working directory upwards, else the defaults; {@code --profile} or {@code --template}
 * then replace the config's profiles with one for every file.
 */
final class ConfigOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The spec-lint.yaml to use (default: the nearest spec-lint.yaml or .spec-lint.yaml "
                    + "in the working directory or above)")
    Path config;

    @Option(names = "--no-config", description = "Use no config file: the defaults and these options only")
    boolean noConfig;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Built-in profile to lint every file against, instead of the config's")
    String profile;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Template file to lint every file against, instead of the config's profile")
    Path template;

    @Option(names = "--plugin-path", paramLabel = "DIR",
            description = "Also load rules and profiles from every jar in DIR (repeatable; "
                    + PluginPath.ENV + " adds jars too)")
    List<Path> pluginPath = new ArrayList<>();

    /** The class loader rules and profiles come from: spec-lint's, plus {@code --plugin-path} and {@value PluginPath#ENV}. */
    ClassLoader classLoader() {
        return PluginPath.loader(pluginPath, System.getenv(PluginPath.ENV));
    }

    /** Where the config came from, for messages; empty when the defaults apply. */
    Optional<Path> configFile() {
        if (noConfig) {
            return Optional.empty();
        }
        return config != null ? Optional.of(config) : ConfigLoader.discover(Path.of(""));
    }

    /**
     * The config of this run.
     *
     * @throws CliFailure naming the config file, line and problem (exit code 2)
     */
    LintConfig load() {
        if (template != null && profile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --profile or --template, not both");
        }
        if (config != null && noConfig) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --config or --no-config, not both");
        }
        if (config != null && !Files.isRegularFile(config)) {
            throw new CliFailure(config + ": no such config file");
        }
        LintConfig loaded = LintConfig.defaults();
        Optional<Path> file = configFile();
        if (file.isPresent()) {
            try {
                loaded = ConfigLoader.load(file.get());
            } catch (ConfigException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
        if (template != null) {
            return loaded.withOnlyProfile(template.toAbsolutePath().normalize().toString());
        }
        if (profile != null) {
            return loaded.withOnlyProfile(profile);
        }
        return loaded;
    }
}
