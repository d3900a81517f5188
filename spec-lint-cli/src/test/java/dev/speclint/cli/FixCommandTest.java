package dev.speclint.cli;

import static dev.speclint.core.testing.Texts.isSubsequence;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spec-lint fix} through the command line's entry point: a spec cut from the clean example
 * (three sections, a metadata field and a checklist item gone) gets them back in template order.
 */
class FixCommandTest {

    private static final Path EXAMPLE = Path.of("../examples/SPEC-PAY-101-payment-retries.md");

    @TempDir
    Path dir;

    private Path spec;
    private String damaged;

    @BeforeEach
    void writeDamagedSpec() throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8)
                // the spec links to its sibling: keep the link resolvable
                .replace("./SPEC-NTF-7-notification-digest.md", "https://example.com/SPEC-NTF-7");
        text = cut(text, "### Non-Goals\n", "## 🏗️ System Architecture\n");
        text = cut(text, "### Data Flow\n", "## 🔌 API Design\n");
        text = cut(text, "### Feature Flags\n", "## 🎯 Success Criteria\n");
        text = text.replace("**Version:** 1.2  \n", "").replace("- [x] CSRF protection\n", "");
        damaged = text;
        spec = dir.resolve("spec.md");
        Files.writeString(spec, text, StandardCharsets.UTF_8);
    }

    private static String cut(String text, String heading, String next) {
        int from = text.indexOf(heading);
        int to = text.indexOf(next, from + heading.length());
        assertThat(from).isNotNegative();
        return text.substring(0, from) + text.substring(to);
    }

    private static final List<String> FIXED_RULES = List.of("[required-section]", "[metadata-field]",
            "[checklist-item]");

    @Test
    void missingSectionsFieldAndItemGoInInTemplateOrderAndLintThenReportsNoneOfThem() throws Exception {
        Cli before = Cli.run("lint", "--no-config", "--no-color", spec.toString());
        assertThat(FIXED_RULES).allSatisfy(rule -> assertThat(before.out()).contains(rule));

        Cli fix = Cli.run("fix", "--no-config", "--no-color", spec.toString());

        assertThat(fix.out()).contains("Applied 5 fixes to 1 file:", "  required-section: 3", "  metadata-field: 1",
                "  checklist-item: 1");
        assertThat(fix.out().strip()).containsPattern("1 file, \\d+ errors?, \\d+ warnings? \\(\\d+\\.\\d\\d s\\)$");
        String fixed = Files.readString(spec, StandardCharsets.UTF_8);
        assertThat(fixed.indexOf("**Title:**")).isLessThan(fixed.indexOf("**Version:** 1.0"));
        assertThat(fixed.indexOf("**Version:** 1.0")).isLessThan(fixed.indexOf("**Author:**"));
        assertThat(fixed).contains("- [x] XSS prevention\n- [ ] CSRF protection\n- [x] Rate limiting\n");
        int goals = fixed.indexOf("### Goals\n");
        int nonGoals = fixed.indexOf("### Non-Goals\n");
        int architecture = fixed.indexOf("## 🏗️ System Architecture\n");
        assertThat(goals).isLessThan(nonGoals);
        assertThat(nonGoals).isLessThan(architecture);
        assertThat(fixed.indexOf("### Database Schema\n")).isLessThan(fixed.indexOf("### Data Flow\n"));
        assertThat(fixed.indexOf("### Data Flow\n")).isLessThan(fixed.indexOf("## 🔌 API Design\n"));
        assertThat(fixed.indexOf("### Data Migration\n")).isLessThan(fixed.indexOf("### Feature Flags\n"));
        assertThat(fixed.indexOf("### Feature Flags\n")).isLessThan(fixed.indexOf("## 🎯 Success Criteria\n"));

        Cli after = Cli.run("lint", "--no-config", "--no-color", spec.toString());
        assertThat(FIXED_RULES).allSatisfy(rule -> assertThat(after.out()).doesNotContain(rule));
        // the fix run's remaining findings are those of a lint
        assertThat(fix.out()).contains(after.out().lines().filter(l -> l.contains(" [")).toList());
    }

    @Test
    void theDryRunDiffShowsOnlyInsertionsAndChangesNoByteNorTheMtime() throws Exception {
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(spec, old);
        byte[] bytes = Files.readAllBytes(spec);

        Cli r = Cli.run("fix", "--no-config", "--no-color", "--dry-run", spec.toString());

        assertThat(Files.readAllBytes(spec)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(spec)).isEqualTo(old);
        assertThat(r.code()).isEqualTo(1);
        String display = r.out().lines().filter(l -> l.startsWith("--- a/")).findFirst().orElseThrow().substring(6);
        assertThat(display).endsWith("spec.md");
        assertThat(r.out()).contains("+++ b/" + display, "+### Non-Goals", "+**Version:** 1.0  ",
                "+- [ ] CSRF protection", "Would apply 5 fixes to 1 file (dry run: nothing written):");
        assertThat(r.out()).containsPattern("(?m)^@@ -\\d+,\\d+ \\+\\d+,\\d+ @@$");
        List<String> diff = r.out().lines().takeWhile(l -> !l.startsWith("Would apply")).toList();
        assertThat(diff).noneMatch(l -> l.startsWith("-") && !l.startsWith("--- a/"));
        // three lines of context before the first insertion
        int first = diff.indexOf("+### Non-Goals");
        assertThat(diff.subList(first - 3, first)).allMatch(l -> l.startsWith(" "));
    }

    @Test
    void aSecondRunAppliesNothing() {
        assertThat(Cli.run("fix", "--no-config", spec.toString()).out()).contains("Applied 5 fixes");
        Cli second = Cli.run("fix", "--no-config", spec.toString());
        assertThat(second.out()).contains("No fix to apply.").doesNotContain("Applied");
    }

    @Test
    void aCrlfFileWithABomStaysSoAndKeepsItsPermissions() throws Exception {
        byte[] original = ("\uFEFF" + damaged.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(spec, original);
        Files.setPosixFilePermissions(spec, PosixFilePermissions.fromString("rw-r-----"));

        Cli r = Cli.run("fix", "--no-config", spec.toString());

        assertThat(r.out()).contains("Applied 5 fixes");
        byte[] fixed = Files.readAllBytes(spec);
        assertThat(fixed[0] & 0xff).isEqualTo(0xEF);
        String text = new String(fixed, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("### Non-Goals\r\n");
        assertThat(isSubsequence(new String(original, StandardCharsets.UTF_8), text)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spec))).isEqualTo("rw-r-----");
    }

    @Test
    void anUndecodableFileIsNamedAndTheOthersAreStillFixed() throws Exception {
        Path bad = dir.resolve("bad.md");
        byte[] badBytes = {'#', ' ', 'T', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(bad, badBytes);

        Cli r = Cli.run("fix", "--no-config", "--no-color", dir.toString());

        assertThat(r.err()).containsPattern("spec-lint: \\S*bad\\.md: invalid UTF-8 at line 2, column 1 .*: not fixed");
        assertThat(r.out()).contains("Applied 5 fixes to 1 file:");
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBytes);
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aMissingPathExitsTwo() {
        assertThat(Cli.run("fix", "--no-config", dir.resolve("nope.md").toString()).code()).isEqualTo(2);
    }

}
