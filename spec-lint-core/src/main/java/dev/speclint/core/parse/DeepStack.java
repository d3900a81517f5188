package dev.speclint.core.parse;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Threads with a large stack. flexmark's inline parser recurses (and runs JDK regexes that recurse)
 * once per nesting level of emphasis or brackets, so a hostile document 100,000 levels deep needs
 * far more than the JDK's default thread stack. spec-lint parses on these threads.
 */
public final class DeepStack {

    /** Stack reserved per thread: address space, committed only as it is used. */
    public static final long STACK_BYTES = 512L * 1024 * 1024;

    /** Inputs shorter than this cannot nest deep enough to need a large stack. */
    static final int SMALL_INPUT_CHARS = 2048;

    private DeepStack() {
    }

    /** A factory of daemon threads with a large stack, named {@code prefix-N}. */
    public static ThreadFactory threadFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Worker(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether the current thread already has a large stack. */
    public static boolean onDeepStack() {
        return Thread.currentThread() instanceof Worker;
    }

    /**
     * Runs {@code task} on a large stack: here if this thread has one, else on a new thread that
     * this one waits for. Exceptions and errors of the task are rethrown here.
     */
    public static <T> T call(Supplier<T> task) {
        if (onDeepStack()) {
            return task.get();
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Worker(() -> {
            try {
                result[0] = task.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "spec-lint-deep-stack");
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static final class Worker extends Thread {
        Worker(Runnable r, String name) {
            super(null, r, name, STACK_BYTES);
        }
    }
}
