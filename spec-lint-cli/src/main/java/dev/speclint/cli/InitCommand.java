package dev.speclint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spec-lint init}: the first five minutes. Writes a commented {@code spec-lint.yaml} and, with
 * {@code --template}, a copy of the template under {@code docs/templates/} for the team to adapt.
 * Never overwrites: when either file exists nothing is written.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a commented spec-lint.yaml in the current directory (or --dir).",
            "With --template, also copies the template to docs/templates/ and points the config at the copy."})
final class InitCommand implements Callable<Integer> {

    static final String CONFIG = "spec-lint.yaml";
    static final String TEMPLATES = "docs/templates";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--template", paramLabel = "NAME|FILE",
            description = "A built-in profile's template (see 'spec-lint profiles') or a template file, copied to "
                    + TEMPLATES + "/")
    String template;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "Where to write (default: the current directory)")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path config = dir.resolve(CONFIG);
        List<Path> written = new ArrayList<>();
        String profile = TemplateCommand.DEFAULT;
        Path templateCopy = null;
        String templateText = null;
        if (template != null) {
            Path asFile = Path.of(template);
            if (Files.isRegularFile(asFile)) {
                templateCopy = dir.resolve(TEMPLATES).resolve(asFile.getFileName().toString());
                try {
                    templateText = Files.readString(asFile, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliFailure("cannot read the template " + asFile + ": " + e.getMessage(), e);
                }
            } else {
                templateText = TemplateCommand.builtIn(template).templateText();
                templateCopy = dir.resolve(TEMPLATES).resolve(template + ".md");
            }
            profile = TEMPLATES + "/" + templateCopy.getFileName();
        }
        // both checked first, so that a refusal writes nothing
        for (Path p : templateCopy == null ? List.of(config) : List.of(config, templateCopy)) {
            if (Files.exists(p)) {
                throw new CliFailure(p + " already exists; spec-lint init never overwrites a file (edit it, or move "
                        + "it away first)");
            }
        }
        if (templateCopy != null) {
            NewFiles.writeNew(templateCopy, templateText, "spec-lint init");
            written.add(templateCopy);
        }
        NewFiles.writeNew(config, configText(profile, templateCopy != null), "spec-lint init");
        written.add(config);
        for (Path p : written) {
            out.println("spec-lint: wrote " + p);
        }
        out.println("spec-lint: next: spec-lint lint docs/   (or spec-lint new --title \"...\")");
        return SpecLintCommand.CLEAN;
    }

    /** The commented config: every line a user may want, the defaults as comments. */
    static String configText(String profile, boolean copied) {
        return """
                # spec-lint configuration (written by `spec-lint init`). Paths are relative to this file.
                # Docs: docs/adopting.md. Check it with: spec-lint lint docs/

                # The template your specs are written from: it is the schema (required sections, metadata
                # fields and their values, checklists, table columns, placeholders).
                # A built-in profile's name (`spec-lint profiles`) or the path of a Markdown template.
                """ + (copied ? "# This one is a copy for your team to adapt; a template is never linted as a spec.\n" : "")
                + "profile: " + profile + "\n" + """

                # Which files under a linted directory are specs (globs; `**/` is zero or more folders).
                includes: ["**/*.md"]
                # excludes: ["README.md", "docs/archive/**"]

                # Sections a spec may leave out, beyond those the template marks (Optional).
                # optionalSections: ["Appendix"]

                # Placeholder shapes beyond [bracketed text] and XXX (Java regular expressions).
                # placeholderPatterns: ['<[^<>]*\\s[^<>]*>']

                # Statuses that mean "done": every checklist item must then be ticked.
                # finalStatuses: [Approved]

                # Rules: off, on, warning or error (`spec-lint rules` lists them).
                # rules:
                #   empty-section: warning
                #   link-anchor: off

                # Another template for some of the files:
                # profiles:
                #   - files: ["docs/adr/**/*.md"]
                #     profile: docs/templates/adr.md
                """;
    }
}
