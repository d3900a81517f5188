package dev.speclint.core.engine;

/**
 * Told as a run goes, e.g. to draw a progress line. Called from the lint threads, possibly at once
 * from several: implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that does nothing. */
    ProgressListener NONE = (done, total) -> {
    };

    /**
     * One more file is linted.
     *
     * @param done files linted so far in this run (1 to {@code total}; calls may arrive out of order)
     * @param total files in the run
     */
    void fileDone(int done, int total);
}
