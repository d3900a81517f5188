package dev.speclint.cli;

import dev.speclint.core.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress line on a terminal's stderr ({@code spec-lint: 120/1891 files}), redrawn in place, shown
 * only once a run has lasted {@link #DELAY_NANOS}, at most every {@link #INTERVAL_NANOS}, and erased
 * by {@link #finish()}. Short runs print nothing.
 */
final class ProgressLine implements ProgressListener {

    static final long DELAY_NANOS = 2_000_000_000L;
    static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private int width;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    ProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void fileDone(int done, int total) {
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || (width > 0 && now - lastDrawn < INTERVAL_NANOS && done < total)) {
            return;
        }
        String line = "spec-lint: " + done + "/" + total + " files";
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = Math.max(width, line.length());
        lastDrawn = now;
    }

    /** Erases the line if one was drawn. */
    synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
