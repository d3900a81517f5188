package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user hit on a first try, each fixed. */
class NewUserBugsTest {

    @TempDir
    Path dir;

    @Test
    void aDoubleStarGlobMatchesFilesDirectlyInItsFolder() throws Exception {
        Files.createDirectories(dir.resolve("docs/adr"));
        Files.writeString(dir.resolve("docs/adr/ADR-001.md"), BaselineCommandTest.LEGACY);
        Path config = Files.writeString(dir.resolve("spec-lint.yaml"), "includes: [\"docs/adr/**/*.md\"]\n");
        Cli r = Cli.run("lint", "--no-color", "--config", config.toString(), dir.toString());
        assertThat(r.out()).contains("1 file, 3 errors");
    }

    @Test
    void aRunMatchingNoFileNamesThePathsAndGlobsAndExitsTwo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(empty.resolve("notes.txt"), "x");
        Cli r = Cli.run("lint", "--no-config", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("spec-lint: no file to lint: " + empty + " matched nothing (includes: "
                + "**/*.md; excludes: none); check the paths and the config's includes/excludes, or pass --allow-empty");
        assertThat(r.out()).isEmpty();

        Cli allowed = Cli.run("lint", "--no-config", "--allow-empty", empty.toString());
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).startsWith("0 files, 0 errors");
    }

    @Test
    void reportsAndCachesGetThePermissionsOfAPlainWrite() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path spec = Files.writeString(dir.resolve("a.md"), BaselineCommandTest.LEGACY);
        Path report = dir.resolve("out/report.sarif");
        Path cache = dir.resolve("out/spec-lint.cache");
        Path baseline = dir.resolve("out/baseline.json");
        Cli.run("lint", "--no-config", "--report", "sarif=" + report, "--cache", cache.toString(), spec.toString());
        Cli.run("baseline", "--no-config", "--output", baseline.toString(), spec.toString());
        String plain = PosixFilePermissions.toString(Files.getPosixFilePermissions(
                Files.writeString(dir.resolve("out/plain.txt"), "x")));
        for (Path written : List.of(report, cache, baseline)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).as(written.toString())
                    .isEqualTo(plain).isNotEqualTo("rw-------");
        }
    }

    @Test
    void aMissingPathStopsTheRunBeforeAnythingIsLintedOrWritten() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("a.md"), BaselineCommandTest.LEGACY);
        Path report = dir.resolve("report.json");
        Cli r = Cli.run("lint", "--no-config", "--report", "json=" + report, specs.toString(),
                dir.resolve("nonexistent.md").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("spec-lint: " + dir.resolve("nonexistent.md") + ": no such file or directory");
        assertThat(r.out()).isEmpty();
        assertThat(report).doesNotExist();
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() {
        Cli r = Cli.run("lint", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly("spec-lint: Unknown option: '--bogus'",
                "Try 'spec-lint lint --help' for more information.");
        assertThat(r.out()).isEmpty();

        Cli typo = Cli.run("lint", "--formt", "json", ".");
        assertThat(typo.err().lines().toList()).hasSize(2);
        assertThat(typo.err()).contains("Did you mean --format?", "Try 'spec-lint lint --help'");

        Cli none = Cli.run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err().lines().toList()).containsExactly("spec-lint: name a command, e.g. 'spec-lint lint docs/'",
                "Try 'spec-lint --help' for more information.");
    }

    private static final String TODO_RULES = """
            package it.todo;

            import dev.speclint.core.document.SpecDocument;
            import dev.speclint.core.rule.*;
            import java.util.List;

            public final class TodoRules implements RuleProvider {
                public List<Rule> rules() {
                    return List.of(new Rule() {
                        public RuleDescriptor descriptor() {
                            return new RuleDescriptor("todo-marker", "No TODO is left", Severity.WARNING,
                                    "https://example.org/todo-marker");
                        }

                        public void check(SpecDocument document, RuleContext context) {
                            List<String> prose = document.proseLines();
                            for (int i = 0; i < prose.size(); i++) {
                                if (prose.get(i).contains("TODO")) {
                                    context.report(i + 1, 1, "TODO left in the spec");
                                }
                            }
                        }
                    });
                }
            }
            """;

    /** A third-party rule jar, compiled here: {@code todo-marker}. */
    private Path ruleJar() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/it/todo"));
        Files.writeString(src.resolve("TodoRules.java"), TODO_RULES);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("TodoRules.java").toString());
        assertThat(rc).isZero();
        Path jar = Files.createDirectories(dir.resolve("plugins")).resolve("todo-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/dev.speclint.core.rule.RuleProvider"));
            out.write("it.todo.TodoRules\n".getBytes());
            try (var walk = Files.walk(classes)) {
                for (Path c : walk.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    try (OutputStream o = OutputStream.nullOutputStream()) {
                        out.write(Files.readAllBytes(c));
                    }
                }
            }
        }
        return jar;
    }

    @Test
    void rulesJarsComeFromThePluginPath() throws Exception {
        Path jar = ruleJar();
        Path spec = Files.writeString(dir.resolve("a.md"), BaselineCommandTest.LEGACY + "\nTODO finish\n");
        Cli r = Cli.run("lint", "--no-config", "--no-color", "--plugin-path", jar.getParent().toString(), spec.toString());
        assertThat(r.out()).contains(":9:1: warning: TODO left in the spec [todo-marker]");

        assertThat(RuleRegistry.discover(PluginPath.loader(List.of(), jar.toString())).descriptors())
                .extracting(RuleDescriptor::id).contains("todo-marker", "unfilled-placeholder");
        assertThat(RuleRegistry.discover(PluginPath.loader(List.of(), jar.getParent() + "/*")).descriptors())
                .extracting(RuleDescriptor::id).contains("todo-marker");
    }

    @Test
    void rulesJarsComeFromTheConfigsPluginPathToo() throws Exception {
        ruleJar();
        Path config = Files.writeString(dir.resolve("spec-lint.yaml"), "profile: technical-spec\npluginPath: plugins\n");
        Path spec = Files.writeString(dir.resolve("a.md"), BaselineCommandTest.LEGACY + "\nTODO finish\n");
        Cli r = Cli.run("lint", "--config", config.toString(), "--no-color", spec.toString());
        assertThat(r.out()).contains(":9:1: warning: TODO left in the spec [todo-marker]");

        Files.writeString(config, "profile: technical-spec\npluginPath: plugin\n");
        Cli typo = Cli.run("lint", "--config", config.toString(), "--no-color", spec.toString());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains(config + ":2: pluginPath 'plugin': no such file or directory");
    }

    @Test
    void specLintClasspathAddsRuleJarsToARealProcess() throws Exception {
        Path jar = ruleJar();
        Path spec = Files.writeString(dir.resolve("a.md"), "TODO finish\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.speclint.cli.SpecLintCommand", "lint", "--no-config",
                "--no-color", spec.toString()).redirectErrorStream(true);
        pb.environment().put(PluginPath.ENV, jar.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("a.md:1:1: warning: TODO left in the spec [todo-marker]");
    }

    @Test
    void aPluginPathThatDoesNotExistIsAnError() {
        Cli r = Cli.run("lint", "--no-config", "--plugin-path", dir.resolve("nope").toString(), ".");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--plugin-path " + dir.resolve("nope") + ": no such directory");
    }
}
