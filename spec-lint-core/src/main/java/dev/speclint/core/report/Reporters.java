package dev.speclint.core.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report formats, by name. */
public final class Reporters {

    private static final Map<String, Reporter> BY_FORMAT = new LinkedHashMap<>();

    static {
        for (Reporter r : List.of(new TextReporter(), new JsonReporter(), new SarifReporter(),
                new CheckstyleReporter(), new JUnitReporter(), new GitHubReporter(), new HtmlReporter())) {
            BY_FORMAT.put(r.format(), r);
        }
    }

    private Reporters() {
    }

    /**
     * The reporter of a format.
     *
     * @param format a format name as {@link #formats()} lists it ({@code text}, {@code sarif}, ...);
     *     exact, case-sensitive
     * @return the reporter, or empty when no format has that name
     */
    public static Optional<Reporter> forFormat(String format) {
        return Optional.ofNullable(BY_FORMAT.get(format));
    }

    /**
     * Every format name, in documentation order.
     *
     * @return the names, unmodifiable
     */
    public static List<String> formats() {
        return List.copyOf(BY_FORMAT.keySet());
    }
}
