package dev.speclint.cli;

import dev.speclint.core.profile.BuiltInProfile;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.profile.ProfileLoader;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SourceText;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.scaffold.NewSpec;
import dev.speclint.core.scaffold.SpecNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spec-lint new --title ...}: scaffolds a spec from the profile's template, as the Maven
 * plugin's {@code spec-lint:new} does (the same core code: numbering, file name, filled metadata).
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Scaffolds a new spec from the template: SPEC-<KEY>-<N>-<title>.md in the spec folder, "
                + "with Spec ID, Title, Created, Status, Version (and Author) filled in.",
            "Never overwrites a file, and refuses a title another spec already has."})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The new spec's title")
    String title;

    @Option(names = "--key", paramLabel = "KEY",
            description = "The project key in SPEC-<KEY>-<N> (default: the current folder's name, upper-cased)")
    String key;

    @Option(names = "--author", paramLabel = "NAME", description = "Written into the Author field")
    String author;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "The initial status (default: the first the template lists, else Draft)")
    String status;

    @Option(names = "--spec-version", paramLabel = "VERSION", defaultValue = "1.0",
            description = "Written into the Version field (default: ${DEFAULT-VALUE})")
    String specVersion;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "docs/specs",
            description = "The spec folder, where existing specs are numbered from (default: ${DEFAULT-VALUE})")
    Path dir;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--title must not be blank");
        }
        String projectKey;
        try {
            projectKey = key == null || key.isBlank()
                    ? SpecNames.keyFromArtifactId(Path.of("").toAbsolutePath().getFileName() == null ? "spec"
                            : Path.of("").toAbsolutePath().getFileName().toString())
                    : SpecNames.key(key);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--key: " + e.getMessage());
        }
        SpecParser parser = new SpecParser();
        String template = templateText(configOptions.load(), parser);
        NewSpec planned;
        try {
            planned = NewSpec.plan(template, List.of(dir), projectKey, title, LocalDate.now(), optional(status),
                    optional(author), specVersion.strip(), parser);
        } catch (IllegalStateException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        NewFiles.writeNew(planned.file(), planned.text(), "spec-lint new");
        spec.commandLine().getOut().println("spec-lint: created " + planned.file() + " (" + planned.fields().specId() + ")");
        return SpecLintCommand.CLEAN;
    }

    /** The template of the config's profile: a built-in one, or a file relative to the config's folder. */
    private String templateText(LintConfig config, SpecParser parser) {
        String name = config.profile().strip();
        Optional<BuiltInProfile> builtIn = new ProfileLoader(configOptions.classLoader(), parser).builtIn(name);
        if (builtIn.isPresent()) {
            return builtIn.get().templateText();
        }
        Path path = config.source().directory().orElse(Path.of("")).resolve(name).normalize();
        if (!Files.isRegularFile(path)) {
            throw new CliFailure("template " + path + " does not exist; give a built-in profile name (spec-lint "
                    + "profiles) or the path of a Markdown template");
        }
        try {
            return SourceText.decode(Files.readAllBytes(path)).text();
        } catch (IOException e) {
            throw new CliFailure("cannot read template " + path + ": " + e.getMessage(), e);
        } catch (InvalidEncodingException e) {
            throw new CliFailure("template " + path + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
