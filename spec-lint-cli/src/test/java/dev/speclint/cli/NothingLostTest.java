package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lint run never touches a user's file: after the CLI has linted a tree (specs with CRLF and CR line breaks, a BOM,
 * invalid UTF-8, an empty file) and written a report in every format into it, every input file is byte for byte the
 * same with the same modification time, and the only new files are the reports.
 */
class NothingLostTest {

    @TempDir
    Path dir;

    private record Snapshot(byte[] bytes, FileTime modified) {
    }

    private Map<Path, Snapshot> snapshot() throws IOException {
        Map<Path, Snapshot> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p), new Snapshot(Files.readAllBytes(p), Files.getLastModifiedTime(p)));
            }
        }
        return out;
    }

    @Test
    void inputFilesAreByteIdenticalAndUntouchedAfterARunWithEveryReport() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("..", "examples"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/crlf.md"), "# A\r\n\r\n**Status:** Draft\r\n\r\n## B\r\ntext [Name]\r\n");
        Files.writeString(dir.resolve("docs/cr.md"), "# A\r\r## B\rtext\r");
        Files.write(dir.resolve("docs/bom.md"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'A', '\n'});
        Files.write(dir.resolve("docs/latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        Files.write(dir.resolve("docs/empty.md"), new byte[0]);
        // an old timestamp, so that a rewrite within the same clock tick would still show
        for (Path p : snapshot().keySet()) {
            Files.setLastModifiedTime(dir.resolve(p), FileTime.fromMillis(1_000_000_000_000L));
        }
        Map<Path, Snapshot> before = snapshot();

        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", dir.toString()));
        List<Path> reports = new ArrayList<>();
        for (String format : Reporters.formats()) {
            Path report = dir.resolve("reports").resolve("spec-lint." + format);
            reports.add(dir.relativize(report));
            args.add("--report");
            args.add(format + "=" + report);
        }
        Cli r = Cli.run(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        Map<Path, Snapshot> after = snapshot();
        assertThat(after.keySet()).containsAll(before.keySet());
        for (Map.Entry<Path, Snapshot> e : before.entrySet()) {
            Snapshot now = after.get(e.getKey());
            assertThat(Arrays.equals(now.bytes(), e.getValue().bytes())).as("bytes of " + e.getKey()).isTrue();
            assertThat(now.modified()).as("mtime of " + e.getKey()).isEqualTo(e.getValue().modified());
        }
        List<Path> added = after.keySet().stream().filter(p -> !before.containsKey(p)).toList();
        assertThat(added).containsExactlyInAnyOrderElementsOf(reports);
        for (Path report : reports) {
            assertThat(Files.size(dir.resolve(report))).as(report.toString()).isPositive();
        }
    }
}
