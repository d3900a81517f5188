package dev.speclint.core.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of a string, kept for the strings it sees most: titles and field names repeat
 * across the specs of a run (a template's few headings), so the section matcher and the metadata lookups compute
 * each once. It stops keeping new results at its bound, and keeps none for long strings, so a run over many odd
 * titles does not grow it without end; past the bound it computes as if there were no memo. Thread-safe.
 */
public final class BoundedMemo {

    private final Function<String, String> function;
    private final int limit;
    private final Map<String, String> results = new ConcurrentHashMap<>();

    /**
     * @param function a pure function: the same result for the same string, on any thread
     * @param limit how many results to keep at most
     */
    public BoundedMemo(Function<String, String> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    /** {@code function(s)}, from the memo when it has it. */
    public String apply(String s) {
        String cached = results.get(s);
        if (cached != null) {
            return cached;
        }
        String result = function.apply(s);
        if (s.length() <= MAX_KEPT_LENGTH && results.size() < limit) {
            results.putIfAbsent(s, result);
        }
        return result;
    }

    /** Longer strings are computed, never kept: a file of long headings must not fill the memo with itself. */
    static final int MAX_KEPT_LENGTH = 256;
}
