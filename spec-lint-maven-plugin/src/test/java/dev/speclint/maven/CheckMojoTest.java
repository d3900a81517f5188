package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal run in-process on a project folder, its parameters set as Maven would. */
class CheckMojoTest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final String CLEAN = "SPEC-PAY-101-payment-retries.md";
    private static final String DRAFT = "SPEC-NTF-7-notification-digest.md";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private CheckMojo mojo;

    @BeforeEach
    void defaults() {
        mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.failOnViolation = true;
        mojo.violationSeverity = "error";
        mojo.maxAllowedViolations = 0;
        mojo.outputFileFormat = "json";
        mojo.logViolationsToConsole = true;
        mojo.encoding = "UTF-8";
        mojo.threads = 2;
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.executionRootDirectory = project.toFile();
    }

    /**
     * Copies an example spec into docs/specs. The clean example links to the draft one; the link is
     * made plain text so that the clean spec is clean on its own.
     */
    private void spec(String example) throws IOException {
        Path dir = Files.createDirectories(project.resolve("docs/specs"));
        String text = Files.readString(EXAMPLES.resolve(example))
                .replace("[SPEC-NTF-7: Notification digest](./" + DRAFT + ")", "SPEC-NTF-7 (Notification digest)");
        Files.writeString(dir.resolve(example), text);
    }

    @Test
    void aCleanSpecPassesAndTheReportIsWritten() throws Exception {
        spec(CLEAN);

        mojo.execute();

        Path report = project.resolve("target/spec-lint-result.json");
        assertThat(Files.readString(report)).contains("\"errors\" : 0").contains("\"files\" : 1");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] spec-lint: 1 file, 0 errors, 0 warnings ("));
        assertThat(log.lines).contains("[INFO] spec-lint: report written to " + report);
        // src/docs/specs does not exist here
        assertThat(log.lines).contains("[INFO] spec-lint: no spec directory " + project.resolve("src/docs/specs")
                + ", skipped");
    }

    @Test
    void aSourceDirectoryWithSpecsTheGlobsMissIsAWarningNamingThem() throws Exception {
        spec(CLEAN);
        mojo.includes = "adr/**/*.md";

        mojo.execute();

        assertThat(log.lines).contains("[WARNING] spec-lint: " + project.resolve("docs/specs") + " holds Markdown files "
                + "but includes [adr/**/*.md] match none of them; check <includes> and <excludes> (or the config's "
                + "includes/excludes)");
    }

    @Test
    void aDoubleStarGlobMatchesSpecsDirectlyInTheFolder() throws Exception {
        spec(CLEAN);
        mojo.sourceDirectories = List.of(new File("docs"));
        mojo.includes = "specs/**/*.md";
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] spec-lint: 1 file, 0 errors"));
        assertThat(log.lines).noneMatch(l -> l.startsWith("[WARNING]"));
    }

    @Test
    void violationsFailTheBuildAfterLoggingEachOne() throws Exception {
        spec(CLEAN);
        spec(DRAFT);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("spec-lint found ")
                .hasMessageContaining(" violations of severity error (")
                .hasMessageEndingWith("; report: " + project.resolve("target/spec-lint-result.json"));

        assertThat(log.lines).contains("[ERROR] docs/specs/" + DRAFT
                + ":4:12: metadata field 'Title' still holds the template's placeholder '[Feature/Component Name]': "
                + "fill it in [unfilled-placeholder]");
        assertThat(log.lines).noneMatch(l -> l.contains(CLEAN + ":"));
    }

    @Test
    void failOnViolationFalseOnlyWarns() throws Exception {
        spec(DRAFT);
        mojo.failOnViolation = false;
        mojo.logViolationsToConsole = false;

        mojo.execute();

        assertThat(log.lines).noneMatch(l -> l.startsWith("[ERROR]"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("[WARNING] spec-lint found ")
                && l.endsWith("(not failing: failOnViolation is false)"));
    }

    @Test
    void includesAndExcludesChooseTheFiles() throws Exception {
        spec(CLEAN);
        spec(DRAFT);
        Files.writeString(project.resolve("docs/specs/README.md"), "# Not a spec\n");
        mojo.includes = "SPEC-*.md, **/SPEC-*.md";
        mojo.excludes = "*NTF*";

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] spec-lint: 1 file, 0 errors"));
    }

    @Test
    void configuredSourceDirectoriesReplaceTheDefaults() throws Exception {
        spec(CLEAN);
        Path dir = Files.createDirectories(project.resolve("design"));
        Files.move(project.resolve("docs/specs").resolve(CLEAN), dir.resolve(CLEAN));
        spec(DRAFT); // in docs/specs, which is no longer looked at
        mojo.sourceDirectories = List.of(new File("design"));

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] spec-lint: 1 file, 0 errors"));
    }

    @Test
    void noSpecDirectoryIsNotAnError() throws Exception {
        mojo.execute();

        assertThat(log.lines).contains("[INFO] spec-lint: nothing to lint");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void skip() throws Exception {
        spec(DRAFT);
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] spec-lint: skipped");
    }

    @Test
    void unknownReportFormatNamesTheKnownOnes() throws Exception {
        spec(CLEAN);
        mojo.outputFileFormat = "pdf";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("spec-lint: unknown outputFileFormat 'pdf': use one of "
                        + String.join(", ", Reporters.formats()));
    }

    @Test
    void textReportToAChosenFile() throws Exception {
        spec(DRAFT);
        mojo.outputFileFormat = "text";
        mojo.outputFile = project.resolve("out/lint.txt").toFile();
        mojo.failOnViolation = false;

        mojo.execute();

        assertThat(Files.readString(project.resolve("out/lint.txt")))
                .contains("docs/specs/" + DRAFT + ":4:12: error: metadata field 'Title' still holds the template's "
                        + "placeholder");
    }

    @Test
    void anUnknownProfileIsAnExecutionError() throws Exception {
        spec(CLEAN);
        mojo.profile = "no-such-profile";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("spec-lint: profile 'no-such-profile' is neither a built-in profile");
    }

    @Test
    void onlyUtf8IsAccepted() throws Exception {
        CheckMojo.checkEncoding("UTF-8");
        CheckMojo.checkEncoding("utf8");
        assertThatThrownBy(() -> CheckMojo.checkEncoding("ISO-8859-1")).hasMessageContaining("UTF-8 only");
        assertThatThrownBy(() -> CheckMojo.checkEncoding("no such charset!")).hasMessageContaining("UTF-8 only");
    }

    @Test
    void severityThresholdParsing() throws Exception {
        assertThat(CheckMojo.threshold("WARNING")).hasToString("WARNING");
        assertThatThrownBy(() -> CheckMojo.threshold("fatal"))
                .hasMessage("spec-lint: violationSeverity: unknown severity 'fatal': use error or warning");
    }

    @Test
    void globsAreCommaSeparated() {
        assertThat(CheckMojo.globs(" a/*.md , ,b.md")).containsExactly("a/*.md", "b.md");
        assertThat(CheckMojo.globs(null)).isEmpty();
    }

    @Test
    void anEmptyCacheFileSwitchesTheCacheOffEvenAsMavenPassesIt() throws Exception {
        mojo.cacheFile = project.resolve("target/spec-lint.cache").toFile();
        assertThat(mojo.cacheOn()).isTrue();
        // -Dspeclint.cacheFile= reaches the mojo as the project's base directory
        mojo.cacheFile = project.toFile();
        assertThat(mojo.cacheOn()).isFalse();
        spec(CLEAN);
        mojo.execute();
        assertThat(log.lines).noneMatch(l -> l.contains("cache"));
        mojo.cacheFile = new File("");
        assertThat(mojo.cacheOn()).isFalse();
    }
}
