package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The repository's {@code .pre-commit-hooks.yaml}: its entry, run the way pre-commit runs it (the
 * matching files appended), and, when the {@code pre-commit} tool is installed (.ci/run installs
 * Debian's package), through pre-commit itself. A {@code spec-lint} launcher on the PATH runs this
 * build's classes.
 */
class PreCommitHookTest {

    private static final Path HOOKS = Path.of("..", ".pre-commit-hooks.yaml");
    private static final String BAD = BaselineCommandTest.LEGACY;

    @TempDir
    Path tmp;
    Path repo;
    Path bin;

    @BeforeEach
    void scratchRepositoryAndLauncher() throws Exception {
        bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = bin.resolve("spec-lint");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.speclint.cli.SpecLintCommand \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("docs/specs"));
        Files.writeString(repo.resolve("docs/specs/bad.md"), BAD);
        Files.copy(Path.of("..", "examples", "SPEC-PAY-101-payment-retries.md"),
                repo.resolve("docs/specs/SPEC-PAY-101-payment-retries.md"));
        // the clean spec links to this one, which has findings: the hook is told to leave it out
        Files.copy(Path.of("..", "examples", "SPEC-NTF-7-notification-digest.md"),
                repo.resolve("docs/specs/SPEC-NTF-7-notification-digest.md"));
        Files.writeString(repo.resolve("notes.txt"), "not Markdown\n");
        ChangedSinceTest.git(repo, "init", "-q");
        ChangedSinceTest.git(repo, "add", ".");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> hook() throws Exception {
        List<Object> hooks = (List<Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(HOOKS));
        assertThat(hooks).hasSize(1);
        return (Map<String, Object>) hooks.get(0);
    }

    private record Run(int code, String output) {
    }

    private Run run(Path dir, List<String> command, Map<String, String> env) throws Exception {
        String path = bin + ":" + System.getenv("PATH");
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, which(command.get(0), path)); // as the shell pre-commit stands for would find it
        ProcessBuilder pb = new ProcessBuilder(resolved).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", path);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void theHookIsASystemHookOnMarkdownFiles() throws Exception {
        Map<String, Object> hook = hook();
        assertThat(hook).containsEntry("id", "spec-lint").containsEntry("language", "system");
        assertThat(Pattern.compile((String) hook.get("files")).matcher("docs/specs/a.md").find()).isTrue();
        assertThat(Pattern.compile((String) hook.get("files")).matcher("notes.txt").find()).isFalse();
    }

    @Test
    void theEntryRunOnTheMatchingFilesFailsOnABadSpecAndPassesACleanOne() throws Exception {
        Map<String, Object> hook = hook();
        Pattern files = Pattern.compile((String) hook.get("files"));
        List<String> entry = Arrays.asList(((String) hook.get("entry")).split(" "));

        List<String> staged = List.of("docs/specs/SPEC-PAY-101-payment-retries.md", "docs/specs/bad.md", "notes.txt");
        List<String> command = new ArrayList<>(entry);
        staged.stream().filter(f -> files.matcher(f).find()).forEach(command::add);
        Run failing = run(repo, command, Map.of());
        assertThat(failing.code()).as(failing.output()).isEqualTo(1);
        assertThat(failing.output()).contains("docs/specs/bad.md:7:7: error: unfilled placeholder '[something]'")
                .contains("2 files, 3 errors").doesNotContain("notes.txt");

        List<String> clean = new ArrayList<>(entry);
        clean.add("docs/specs/SPEC-PAY-101-payment-retries.md");
        Run passing = run(repo, clean, Map.of());
        assertThat(passing.code()).as(passing.output()).isZero();
    }

    @Test
    void preCommitRunsTheHook() throws Exception {
        assumeTrue(onPath("pre-commit"), "pre-commit is not installed");
        // a repository holding only this build's hook definition, as pre-commit clones hook repositories
        Path hookRepo = Files.createDirectories(tmp.resolve("hook-repo"));
        Files.copy(HOOKS, hookRepo.resolve(".pre-commit-hooks.yaml"));
        ChangedSinceTest.git(hookRepo, "init", "-q");
        ChangedSinceTest.git(hookRepo, "add", ".");
        ChangedSinceTest.git(hookRepo, "commit", "-q", "-m", "hooks");
        Process rev = new ProcessBuilder("git", "rev-parse", "HEAD").directory(hookRepo.toFile()).start();
        String sha = new String(rev.getInputStream().readAllBytes()).strip();
        rev.waitFor();
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hookRepo + "\n    rev: " + sha
                + "\n    hooks:\n      - id: spec-lint\n        files: ^docs/specs/\n        exclude: SPEC-NTF-7\n");
        ChangedSinceTest.git(repo, "add", ".pre-commit-config.yaml");
        Map<String, String> env = Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());

        Run failing = run(repo, List.of("pre-commit", "run", "--all-files"), env);
        assertThat(failing.code()).as(failing.output()).isEqualTo(1);
        assertThat(failing.output()).contains("spec-lint", "Failed",
                "docs/specs/bad.md:7:7: error: unfilled placeholder '[something]'");

        Files.delete(repo.resolve("docs/specs/bad.md"));
        ChangedSinceTest.git(repo, "add", "-A");
        Run passing = run(repo, List.of("pre-commit", "run", "--all-files"), env);
        assertThat(passing.code()).as(passing.output()).isZero();
        assertThat(passing.output()).contains("Passed");
    }

    private static boolean onPath(String command) {
        return !which(command, System.getenv("PATH")).equals(command);
    }

    /** The first executable {@code command} on {@code path}, else {@code command} as it is. */
    private static String which(String command, String path) {
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        return command;
    }
}
