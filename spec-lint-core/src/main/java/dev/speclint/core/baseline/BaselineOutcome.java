package dev.speclint.core.baseline;

import dev.speclint.core.engine.LintResult;
import java.util.List;

/**
 * A run's result with a baseline applied.
 *
 * @param result the findings the baseline does not hold, with the run's files and timing
 * @param suppressed how many findings the baseline held
 * @param stale the entries of linted (or deleted) files that matched no finding: fixed debt, to be
 *     removed by writing the baseline again
 */
public record BaselineOutcome(LintResult result, int suppressed, List<BaselineEntry> stale) {

    public BaselineOutcome {
        stale = List.copyOf(stale);
    }
}
