package dev.speclint.core.vcs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Asks the {@code git} executable which files changed since a revision. A revision is only ever
 * passed to git as a revision: one that starts with {@code -} or holds characters no revision has
 * is refused before git runs.
 */
public final class GitChanges {

    /** What a branch, tag, commit or {@code HEAD~1}, {@code origin/main}, {@code v1.2^}, {@code HEAD@{1}} is made of. */
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9_./@{}~^+-]+");

    private final String git;

    /** Runs {@code git} from the {@code PATH}. */
    public GitChanges() {
        this("git");
    }

    /** Runs {@code executable} as git (tests). */
    public GitChanges(String executable) {
        this.git = executable;
    }

    /**
     * The files changed between {@code revision} and the work tree of the repository holding {@code dir}.
     *
     * @throws VcsException when the revision is refused or unknown, {@code dir} is not in a git work
     *     tree, or git cannot be run; the message is one line saying which
     */
    public ChangedFiles since(String revision, Path dir) throws VcsException {
        check(revision);
        Path start = dir.toAbsolutePath().normalize();
        Result top = run(start, "rev-parse", "--show-toplevel");
        if (top.code() != 0) {
            throw new VcsException(start + " is not inside a git work tree, so changes since '" + revision
                    + "' are unknown");
        }
        Path root = Path.of(top.out().strip());
        Result commit = run(root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        if (commit.code() != 0) {
            throw new VcsException("unknown git revision '" + revision + "' in " + root
                    + " (a shallow clone may lack it: fetch it, e.g. git fetch --depth=50)");
        }
        String sha = commit.out().strip();
        Set<Path> files = new HashSet<>();
        Result diff = run(root, "diff", "--name-only", "-z", "--no-ext-diff", "--diff-filter=ACMR", "-M", sha, "--");
        if (diff.code() != 0) {
            throw new VcsException("git diff " + sha + " failed: " + firstLine(diff.err()));
        }
        add(files, root, diff.out());
        Result untracked = run(root, "ls-files", "--others", "--exclude-standard", "-z");
        if (untracked.code() != 0) {
            throw new VcsException("git ls-files failed: " + firstLine(untracked.err()));
        }
        add(files, root, untracked.out());
        return new ChangedFiles(revision, files);
    }

    /**
     * Refuses what is no revision.
     *
     * @throws VcsException naming the value
     */
    static void check(String revision) throws VcsException {
        if (revision == null || revision.isEmpty()) {
            throw new VcsException("no git revision given: name a branch, tag or commit, e.g. origin/main or HEAD~1");
        }
        if (revision.startsWith("-")) {
            throw new VcsException("'" + revision + "' is not a git revision (it starts with '-'): name a branch, "
                    + "tag or commit, e.g. origin/main or HEAD~1");
        }
        if (!REVISION.matcher(revision).matches() || revision.contains("..") || revision.endsWith(".lock")
                || revision.endsWith(".") || revision.endsWith("/")) {
            throw new VcsException("'" + revision + "' is not a valid git revision: name a branch, tag or commit, "
                    + "e.g. origin/main or HEAD~1");
        }
    }

    private static void add(Set<Path> files, Path root, String nulSeparated) {
        for (String name : nulSeparated.split("\0")) {
            if (!name.isEmpty()) {
                files.add(root.resolve(name).toAbsolutePath().normalize());
            }
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** The outcome of one git command. */
    private record Result(int code, String out, String err) {
    }

    private Result run(Path dir, String... args) throws VcsException {
        List<String> command = new ArrayList<>();
        command.add(git);
        // paths as they are (no octal quoting) and no pager, whatever the user's config says
        command.addAll(List.of("-c", "core.quotepath=false", "--no-pager"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p;
        try {
            p = pb.redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new VcsException("cannot run git (" + e.getMessage() + "): install git or put it on the PATH", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            int code = p.waitFor();
            return new Result(code, out, err.join());
        } catch (IOException e) {
            throw new VcsException("git " + args[0] + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new VcsException("interrupted while running git " + args[0], e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
