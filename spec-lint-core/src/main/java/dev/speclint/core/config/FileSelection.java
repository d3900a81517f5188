package dev.speclint.core.config;

import java.util.List;

/**
 * Which files a run lints: the config's {@code includes}, {@code excludes} and {@code maxFileBytes}.
 *
 * @param includes globs of files to lint under a directory (default {@code **}{@code /*.md})
 * @param excludes globs of files to skip
 * @param maxFileBytes files larger than this are reported as {@code file-too-large}, not parsed
 */
public record FileSelection(List<String> includes, List<String> excludes, long maxFileBytes) {

    /** Files larger than this (10 MiB) are not linted by default. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Every {@code *.md} file up to {@link #DEFAULT_MAX_FILE_BYTES}, none skipped. */
    public static final FileSelection DEFAULT = new FileSelection(List.of("**/*.md"), List.of(), DEFAULT_MAX_FILE_BYTES);

    /**
     * Copies the lists.
     *
     * @param includes globs of files to lint under a directory
     * @param excludes globs of files to skip; empty to skip none
     * @param maxFileBytes the size in bytes above which a file is reported, not parsed
     */
    public FileSelection {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
