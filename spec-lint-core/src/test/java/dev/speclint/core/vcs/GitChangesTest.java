package dev.speclint.core.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {

    @TempDir
    Path repo;

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

    @Test
    void addedModifiedRenamedAndUntrackedFilesChangedDeletedOnesDidNot() throws Exception {
        git(repo, "init", "-q");
        for (String n : List.of("kept.md", "edited.md", "moved.md", "deleted.md")) {
            Files.writeString(repo.resolve(n), "# " + n + "\n\nSome text that makes renames detectable.\n");
        }
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "one");
        Files.writeString(repo.resolve("edited.md"), "# changed\n", java.nio.file.StandardOpenOption.APPEND);
        Files.createDirectories(repo.resolve("docs"));
        git(repo, "mv", "moved.md", "docs/moved-here.md");
        git(repo, "rm", "-q", "deleted.md");
        Files.writeString(repo.resolve("new.md"), "# new\n");
        Files.writeString(repo.resolve(".gitignore"), "ignored.md\n");
        Files.writeString(repo.resolve("ignored.md"), "# ignored\n");

        ChangedFiles changed = new GitChanges().since("HEAD", repo.resolve("docs"));
        Path root = repo.toRealPath();
        assertThat(changed.files()).containsExactlyInAnyOrder(root.resolve("edited.md"),
                root.resolve("docs/moved-here.md"), root.resolve("new.md"), root.resolve(".gitignore"));
    }

    @Test
    void anUnknownRevisionOrNoRepositoryIsAOneLineError() throws Exception {
        assertThatThrownBy(() -> new GitChanges().since("HEAD", repo)).isInstanceOf(VcsException.class)
                .hasMessageContaining("is not inside a git work tree").hasMessageNotContaining("\n");
        git(repo, "init", "-q");
        git(repo, "commit", "-q", "--allow-empty", "-m", "one");
        assertThatThrownBy(() -> new GitChanges().since("no-such-branch", repo))
                .hasMessageStartingWith("unknown git revision 'no-such-branch'").hasMessageNotContaining("\n");
    }

    @Test
    void optionsAndNonRevisionsAreRefusedBeforeGitRuns() {
        for (String bad : List.of("--output=/tmp/x", "-p", "a b", "main..topic", "x;rm", "", "a:b")) {
            assertThatThrownBy(() -> GitChanges.check(bad)).as(bad).isInstanceOf(VcsException.class);
        }
        for (String good : List.of("HEAD~1", "origin/main", "v1.2^", "HEAD@{1}", "abc123", "feature/x-y_z")) {
            org.assertj.core.api.Assertions.assertThatCode(() -> GitChanges.check(good)).doesNotThrowAnyException();
        }
    }

    @Test
    void gitThatCannotRunIsAClearError() {
        assertThatThrownBy(() -> new GitChanges("/no/such/git").since("HEAD", repo))
                .hasMessageStartingWith("cannot run git");
    }

    @Test
    void aChangedFileReachedThroughASymbolicLinkIsStillChanged() throws Exception {
        git(repo, "init", "-q");
        git(repo, "commit", "-q", "--allow-empty", "-m", "one");
        Files.writeString(repo.resolve("a.md"), "# a\n");
        Path link = Files.createSymbolicLink(repo.getParent().resolve(repo.getFileName() + "-link"), repo);
        try {
            ChangedFiles changed = new GitChanges().since("HEAD", repo);
            assertThat(changed.contains("a.md", link)).isTrue();
            assertThat(changed.contains("b.md", link)).isFalse();
        } finally {
            Files.delete(link);
        }
    }
}
