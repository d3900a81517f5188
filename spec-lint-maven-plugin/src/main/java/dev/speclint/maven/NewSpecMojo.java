package dev.speclint.maven;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.io.AtomicFile;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SourceText;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.profile.BuiltInProfile;
import dev.speclint.core.profile.ProfileLoader;
import dev.speclint.core.scaffold.NewSpec;
import dev.speclint.core.scaffold.SpecFields;
import dev.speclint.core.scaffold.SpecNames;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scaffolds a new spec from the profile's template into the first source directory:
 * {@code mvn spec-lint:new -Dspeclint.title="Payment retries"} writes
 * {@code docs/specs/SPEC-<KEY>-<N>-payment-retries.md} with Spec ID, Title, Created, Status,
 * Version (and Author when given) filled in. Never overwrites a file, and refuses a title that
 * another spec already has. An aggregator: in a multi-module build it runs once, in the project
 * Maven was started in (choose a module with {@code -pl}), not in every module.
 */
@Mojo(name = "new", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE, aggregator = true)
public class NewSpecMojo extends AbstractMojo {

    /** The new spec's title (required). */
    @Parameter(property = "speclint.title")
    String title;

    /** The project key in the Spec ID {@code SPEC-<KEY>-<N>}. Default: the artifactId, upper-cased. */
    @Parameter(property = "speclint.key")
    String key;

    /** The author, written into the {@code Author} field when given. */
    @Parameter(property = "speclint.author")
    String author;

    /** The initial status. Default: the first status the template lists (e.g. Draft of Draft/Approved), else Draft. */
    @Parameter(property = "speclint.status")
    String status;

    /** The version written into the {@code Version} field. */
    @Parameter(property = "speclint.specVersion", defaultValue = "1.0")
    String specVersion;

    /** A template file to start from, relative to the base directory. Default: the profile's template. */
    @Parameter(property = "speclint.template")
    File template;

    /** The profile whose template to use: a built-in name or a template path. Default: the config's. */
    @Parameter(property = "speclint.profile")
    String profile;

    /** As for {@code check}: the config naming the profile. */
    @Parameter(property = "speclint.configLocation")
    String configLocation;

    /** As for {@code check}; the spec is written into the first one. */
    @Parameter(property = "speclint.sourceDirectories")
    List<File> sourceDirectories;

    /** The project's base directory: source directories, config and template paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The project's artifactId: upper-cased, the default {@code key}. */
    @Parameter(defaultValue = "${project.artifactId}", readonly = true, required = true)
    String artifactId;

    /** Where Maven was started: the search for a default config stops there. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (title == null || title.isBlank()) {
            throw new MojoExecutionException("spec-lint:new needs the spec's title: "
                    + "mvn spec-lint:new -Dspeclint.title=\"Payment retries\"");
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        String projectKey;
        try {
            projectKey = key == null || key.isBlank() ? SpecNames.keyFromArtifactId(artifactId) : SpecNames.key(key);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("spec-lint:new: " + e.getMessage());
        }
        SpecParser parser = new SpecParser();
        String templateText = templateText(base, parser);

        List<Path> dirs = SourceDirectories.resolve(sourceDirectories, base);
        NewSpec planned;
        try {
            planned = NewSpec.plan(templateText, dirs, projectKey, title, LocalDate.now(), optional(status),
                    optional(author), specVersion == null ? "1.0" : specVersion.strip(), parser);
        } catch (IllegalStateException e) {
            throw new MojoFailureException("spec-lint:new: " + e.getMessage());
        }
        SpecFields fields = planned.fields();
        String text = planned.text();
        Path target = planned.file();
        try {
            AtomicFile.writeNew(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException("spec-lint:new: " + target + " already exists; spec-lint never "
                    + "overwrites a spec");
        } catch (IOException e) {
            throw new MojoExecutionException("spec-lint:new: cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info("spec-lint: created " + target + " (" + fields.specId() + ")");
    }

    private String templateText(Path base, SpecParser parser) throws MojoExecutionException {
        if (template != null) {
            return readTemplate(base.resolve(template.toPath()).normalize());
        }
        String name = profile;
        if (name == null || name.isBlank()) {
            ClassLoader loader = getClass().getClassLoader();
            LintConfig config = new MojoConfig(base).load(new ConfigLocator(base,
                    executionRootDirectory != null ? executionRootDirectory.toPath() : base, loader)
                    .locate(configLocation));
            name = config.profile();
            // a template path in a config file is relative to that file
            Optional<Path> configDir = config.source().directory();
            if (builtInNames(parser).contains(name.strip()) || configDir.isEmpty()) {
                return profileText(name, base, parser);
            }
            return profileText(name, configDir.get(), parser);
        }
        return profileText(name, base, parser);
    }

    private java.util.Set<String> builtInNames(SpecParser parser) {
        return new ProfileLoader(getClass().getClassLoader(), parser).builtIns().keySet();
    }

    /** The template text of a built-in profile, or of a template file relative to {@code dir}. */
    private String profileText(String name, Path dir, SpecParser parser) throws MojoExecutionException {
        Optional<BuiltInProfile> builtIn = new ProfileLoader(getClass().getClassLoader(), parser).builtIn(name.strip());
        if (builtIn.isPresent()) {
            return builtIn.get().templateText();
        }
        return readTemplate(dir.resolve(name.strip()).normalize());
    }

    private static String readTemplate(Path path) throws MojoExecutionException {
        if (!Files.isRegularFile(path)) {
            throw new MojoExecutionException("spec-lint:new: template " + path + " does not exist; give a built-in "
                    + "profile name or the path of a Markdown template");
        }
        try {
            return SourceText.decode(Files.readAllBytes(path)).text();
        } catch (IOException e) {
            throw new MojoExecutionException("spec-lint:new: cannot read template " + path + ": " + e.getMessage(), e);
        } catch (InvalidEncodingException e) {
            throw new MojoExecutionException("spec-lint:new: template " + path + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
