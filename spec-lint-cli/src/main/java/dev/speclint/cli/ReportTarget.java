package dev.speclint.cli;

import dev.speclint.core.report.Reporter;
import dev.speclint.core.report.Reporters;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A report file asked for with {@code --report FORMAT=FILE}.
 *
 * @param reporter the format
 * @param file where to write it
 */
record ReportTarget(Reporter reporter, Path file) {

    /** Parses {@code FORMAT=FILE}. */
    static final class Converter implements CommandLine.ITypeConverter<ReportTarget> {
        @Override
        public ReportTarget convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not FORMAT=FILE, e.g. sarif=build/spec-lint.sarif");
            }
            Reporter reporter = new FormatConverter().convert(value.substring(0, eq));
            return new ReportTarget(reporter, Path.of(value.substring(eq + 1)));
        }
    }

    /** Parses a format name. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Reporter> {
        @Override
        public Reporter convert(String value) {
            return Reporters.forFormat(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "': use one of " + String.join(", ", Reporters.formats())));
        }
    }
}
