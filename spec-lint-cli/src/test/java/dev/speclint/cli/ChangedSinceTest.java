package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --changed-since REF} in a scratch git repository of three legacy specs. */
class ChangedSinceTest {

    @TempDir
    Path repo;
    Path docs;

    static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
        }
    }

    @BeforeEach
    void repository() throws Exception {
        docs = Files.createDirectories(repo.resolve("docs"));
        git(repo, "init", "-q");
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Files.writeString(docs.resolve(name), BaselineCommandTest.LEGACY);
        }
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "three legacy specs");
        Files.writeString(docs.resolve("b.md"), BaselineCommandTest.LEGACY + "\nMore text.\n");
        git(repo, "commit", "-q", "-am", "edit b");
    }

    @Test
    void onlyTheSpecChangedInTheLastCommitIsReported() {
        Cli r = Cli.run("lint", "--no-config", "--no-color", "--changed-since", "HEAD~1", docs.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 file, 3 errors");
        assertThat(r.out().lines().filter(l -> l.contains(": error: ")).allMatch(l -> l.contains("b.md:"))).isTrue();
    }

    @Test
    void untrackedSpecsCountAsChanged() throws Exception {
        Files.writeString(docs.resolve("d.md"), BaselineCommandTest.LEGACY);
        Cli r = Cli.run("lint", "--no-config", "--no-color", "--changed-since", "HEAD", docs.toString());
        assertThat(r.out()).contains("1 file, 3 errors").contains("d.md:1:1");
    }

    @Test
    void nothingChangedIsACleanRun() {
        Cli r = Cli.run("lint", "--no-config", "--changed-since", "HEAD", docs.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("no spec changed since HEAD");
    }

    @Test
    void aBadRefExitsTwoWithOneLine() {
        Cli r = Cli.run("lint", "--no-config", "--changed-since", "no-such-ref", docs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("spec-lint: --changed-since: unknown git revision 'no-such-ref'")
                .doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anOptionLookingRefIsRefused() {
        Cli r = Cli.run("lint", "--no-config", "--changed-since=--output=x", docs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a git revision (it starts with '-')");
    }

    @Test
    void outsideARepositoryIsAnError(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("a.md"), BaselineCommandTest.LEGACY);
        Cli r = Cli.run("lint", "--no-config", "--changed-since", "HEAD", elsewhere.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not inside a git work tree");
    }
}
