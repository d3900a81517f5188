package dev.speclint.maven;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.index.SpecIndex;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The result and index of a module without specs: the page then says "0 specs". */
final class Empty {

    private Empty() {
    }

    static LintResult result() {
        return new LintResult(List.of(), List.of(), Duration.ZERO, Map.of(), 0);
    }

    static SpecIndex index() {
        return SpecIndex.of(List.of(), Map.of());
    }
}
