package dev.speclint.core.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The index of a run: one entry per spec, sorted by file, and the run's counts.
 *
 * @param specs one entry per file linted, sorted by file
 * @param byStatus specs by status ({@code ""} for specs without one), sorted by status
 * @param byRule findings by rule id over all specs and the project rules, sorted by id
 */
public record SpecIndex(List<SpecEntry> specs, Map<String, Integer> byStatus, Map<String, Integer> byRule) {

    public SpecIndex {
        specs = List.copyOf(specs);
        byStatus = java.util.Collections.unmodifiableMap(new TreeMap<>(byStatus));
        byRule = java.util.Collections.unmodifiableMap(new TreeMap<>(byRule));
    }

    /** An index of {@code entries} with the counts computed from them and {@code byRule}. */
    public static SpecIndex of(List<SpecEntry> entries, Map<String, Integer> byRule) {
        List<SpecEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(SpecEntry::file));
        Map<String, Integer> byStatus = new TreeMap<>();
        for (SpecEntry e : sorted) {
            byStatus.merge(e.status(), 1, Integer::sum);
        }
        return new SpecIndex(sorted, byStatus, byRule);
    }

    /** The specs {@code filter} keeps, with counts over them. */
    public SpecIndex filter(Predicate<SpecEntry> filter) {
        List<SpecEntry> kept = specs.stream().filter(filter).toList();
        Map<String, Integer> rules = new TreeMap<>();
        for (SpecEntry e : kept) {
            e.byRule().forEach((rule, n) -> rules.merge(rule, n, Integer::sum));
        }
        return of(kept, rules);
    }
}
