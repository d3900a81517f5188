package dev.speclint.core.template;

import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the template gained a section, field or checklist (config {@code requiredSince}): specs written
 * from then on must have it, older ones were written to the template of their day. The point is a
 * date ({@code 2018-03-01}), compared with the spec's date, or a number ({@code 2333}), compared with
 * the spec's number.
 *
 * <p>A spec's date is the first metadata field whose value starts with a date
 * ({@code Start Date: 2017-08-14}; see {@link #dateOf(String)} for the forms read); its number is the leading digits of its file name
 * ({@code 2333-prior-art.md}), or of its folder's name for a {@code README.md} or {@code index.md}
 * ({@code 4815-schema/README.md}). A spec without one is held to the current template.
 *
 * @param text the point as the config writes it, for messages
 * @param date the date, or {@code null} for a number
 * @param number the number, when {@code date} is {@code null}
 */
public record Since(String text, LocalDate date, long number) {

    /** Required of every spec. */
    public static final Since ALWAYS = new Since("", null, Long.MIN_VALUE);

    /**
     * Year, month, day (groups 1, 3, 4), or day and month in either order, then the year (groups 5, 7, 8); one
     * separator, {@code -} or {@code /} (not {@code .}: {@code Version: 2021.3.1} is no date).
     */
    private static final Pattern DATE = Pattern.compile(
            "^[(\\[]?\\s*(?:(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})|(\\d{1,2})([-/])(\\d{1,2})\\6(\\d{4}))(?!\\d)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,18})(?![\\d])");

    /**
     * Reads a point as the config writes it.
     *
     * @param text a {@code YYYY-MM-DD} date or a number of at most 18 digits; surrounding whitespace
     *     is ignored
     * @return the point
     * @throws IllegalArgumentException when it is neither a {@code YYYY-MM-DD} date nor a number
     */
    public static Since parse(String text) {
        String t = text.strip();
        if (t.matches("\\d{1,18}")) {
            return new Since(t, null, Long.parseLong(t));
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new Since(t, LocalDate.parse(t), 0);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + t + "' is no calendar date", e);
            }
        }
        throw new IllegalArgumentException("'" + t + "' is neither a date (YYYY-MM-DD) nor a spec number");
    }

    /**
     * Whether this is {@link #ALWAYS}.
     *
     * @return true when the thing is required of every spec
     */
    public boolean always() {
        return text.isEmpty();
    }

    /**
     * Whether {@code document} was written after the template gained the thing: its date or number is
     * at or after this point, or it has none to compare.
     *
     * @param document the spec
     * @return true when the spec must have the thing
     */
    public boolean covers(SpecDocument document) {
        if (always()) {
            return true;
        }
        if (date != null) {
            Optional<LocalDate> d = specDate(document);
            if (d.isPresent()) {
                return !d.get().isBefore(date);
            }
            // a date with a slip in the month or day (2014-19-19) still tells the year
            OptionalInt year = specYear(document);
            return year.isEmpty() || year.getAsInt() >= date.getYear();
        }
        OptionalLong n = specNumber(document.source());
        return n.isEmpty() || n.getAsLong() >= number;
    }

    /**
     * The spec's date: the first metadata value that starts with a date.
     *
     * @param document the spec
     * @return the date, or empty when no metadata value starts with one
     */
    public static Optional<LocalDate> specDate(SpecDocument document) {
        for (MetadataField f : document.metadata()) {
            Optional<LocalDate> d = dateOf(StatusPolicy.plain(f.value()));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The year of the first metadata value that starts with something shaped like a date, whether or
     * not its month and day are a calendar date's ({@code 2014-19-19}).
     *
     * @param document the spec
     * @return the year, or empty when no metadata value starts with a date's shape
     */
    static OptionalInt specYear(SpecDocument document) {
        for (MetadataField f : document.metadata()) {
            Matcher m = DATE.matcher(StatusPolicy.plain(f.value()));
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(8)));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The date a metadata value starts with, as people write them in spec headers: year first
     * ({@code 2017-08-14}, {@code 2020/05/18}, {@code 2023-10-3}), or day and month first when the numbers
     * say which is which ({@code 23-07-2014}, {@code 07/23/2014}; not {@code 03/04/2014}); in parentheses
     * or brackets too ({@code (2016-06-17)}).
     *
     * @param value a metadata value, markup removed
     * @return the date, or empty when the value does not start with a calendar date
     */
    static Optional<LocalDate> dateOf(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        int year;
        int month;
        int day;
        if (m.group(1) != null) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(3));
            day = Integer.parseInt(m.group(4));
        } else {
            int first = Integer.parseInt(m.group(5));
            int second = Integer.parseInt(m.group(7));
            year = Integer.parseInt(m.group(8));
            if (first > 12 && second <= 12) {
                day = first;
                month = second;
            } else if (second > 12 && first <= 12) {
                month = first;
                day = second;
            } else {
                return Optional.empty(); // 03/04/2014: March 4 or 3 April
            }
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2019-13-45
        }
    }

    /**
     * The spec's number from its path: the file name's leading digits, or its folder's for an index file.
     *
     * @param path the spec's display path ({@code /} or {@code \} separators)
     * @return the number, or empty when the name does not start with 1 to 18 digits
     */
    public static OptionalLong specNumber(String path) {
        String p = path.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String name = p.substring(slash + 1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if ((lower.equals("readme.md") || lower.equals("index.md")) && slash > 0) {
            String parent = p.substring(0, slash);
            name = parent.substring(parent.lastIndexOf('/') + 1);
        }
        Matcher m = LEADING_NUMBER.matcher(name);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
