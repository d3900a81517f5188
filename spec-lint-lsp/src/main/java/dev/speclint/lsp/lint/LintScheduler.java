package dev.speclint.lsp.lint;

import dev.speclint.core.parse.DeepStack;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * Runs a document's lint off the JSON-RPC thread, {@code delay} after its last change: a change
 * within the delay cancels the lint not yet started, and a lint that started before a newer change
 * is superseded (its task is told, through {@link #isCurrent}, not to publish). Linting runs on
 * workers with the deep stack deeply nested documents need.
 */
public final class LintScheduler implements AutoCloseable {

    /** One scheduled lint: {@code generation} is the document's change count when it was scheduled. */
    @FunctionalInterface
    public interface LintTask {
        /** @param current whether the document is still at the lint's generation */
        void run(LongPredicate current, long generation);
    }

    private final Duration delay;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final AtomicLong generations = new AtomicLong();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    /**
     * @param delay the debounce delay
     * @param workerThreads documents linted at once
     */
    public LintScheduler(Duration delay, int workerThreads) {
        this.delay = delay;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "spec-lint-lsp-timer");
            t.setDaemon(true);
            return t;
        });
        this.workers = Executors.newFixedThreadPool(workerThreads, DeepStack.threadFactory("spec-lint-lsp-lint"));
    }

    /** Schedules a lint of {@code uri}, superseding any earlier one; returns its generation. */
    public long schedule(String uri, LintTask task) {
        long generation = generations.incrementAndGet();
        latest.put(uri, generation);
        ScheduledFuture<?> next = timer.schedule(() -> {
            workers.execute(() -> {
                if (isCurrent(uri, generation)) {
                    task.run(g -> isCurrent(uri, g), generation);
                }
            });
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(uri, next);
        if (previous != null) {
            previous.cancel(false);
        }
        return generation;
    }

    /** Whether {@code generation} is still the latest scheduled for {@code uri}. */
    public boolean isCurrent(String uri, long generation) {
        Long g = latest.get(uri);
        return g != null && g == generation;
    }

    /** Drops {@code uri}'s pending lint; one running is no longer current. */
    public void forget(String uri) {
        latest.remove(uri);
        ScheduledFuture<?> previous = pending.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
