package dev.speclint.core.vcs;

/** Changed files cannot be known: not a git repository, an unknown or refused revision, git missing. */
public final class VcsException extends Exception {

    private static final long serialVersionUID = 1L;

    public VcsException(String message) {
        super(message);
    }

    public VcsException(String message, Throwable cause) {
        super(message, cause);
    }
}
