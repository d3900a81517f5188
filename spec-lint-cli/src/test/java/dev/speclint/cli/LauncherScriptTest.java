package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher script ({@code src/main/sh/spec-lint}) run by bash with fake JDKs: each fake
 * {@code java} records its arguments, one line per start, writes the files a real JVM would write
 * for the cache options it gets, and prints a fixed output. That pins down which JVM is chosen, how
 * its version is found, which class cache and compiler options it gets, and that writing a cache
 * never changes what the user sees, without starting a JVM.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src", "main", "sh", "spec-lint");
    /** What every fake lint run prints; the cache-building run prints something else. */
    private static final String RUN_OUT = "lint output\n";
    private static final String RUN_ERR = "lint errors\n";

    /** A JVM's {@code sh} body: the real JVM's file writes for the cache options it is given. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            printf '%s\\n' "$*" >> "$(dirname "$0")/../calls"
            if [ "$1" = -version ]; then cat "$(dirname "$0")/../version-output" >&2; exit 0; fi
            mode=run conf= cache= jsa=
            for a in "$@"; do
              case $a in
                -XX:AOTMode=create) mode=create ;;
                -Xshare:dump) mode=dump ;;
                -XX:AOTConfiguration=*) conf=${a#*=} ;;
                -XX:DumpLoadedClassList=*) conf=${a#*=} ;;
                -XX:AOTCache=*) cache=${a#*=} ;;
                -XX:SharedArchiveFile=*) jsa=${a#*=} ;;
              esac
            done
            if [ $mode != run ]; then
              echo "Picked up JAVA_TOOL_OPTIONS: -X$mode"; echo "cache warning" >&2
              [ -n "${FAKE_CREATE_FAILS:-}" ] && exit 1
              if [ $mode = create ]; then echo aot > "$cache"; else echo jsa > "$jsa"; fi
              exit 0
            fi
            [ -n "$conf" ] && echo conf > "$conf"
            printf 'lint output\\n'; printf 'lint errors\\n' >&2
            exit "${FAKE_EXIT:-1}"
            """;

    @TempDir
    Path tmp;
    Path bin;
    Path launcher;
    Path specs;

    @BeforeEach
    void distribution() throws IOException {
        bin = Files.createDirectories(tmp.resolve("dist/bin"));
        launcher = bin.resolve("spec-lint");
        Files.copy(SCRIPT, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(bin.resolve("spec-lint.jar"), "not a jar: the fake java never opens it");
        specs = Files.createDirectories(tmp.resolve("specs"));
        Files.writeString(specs.resolve("a.md"), "# A\n");
    }

    /** A fake JDK folder; {@code release} is the {@code JAVA_VERSION} of its release file, or null for none. */
    private Path jdk(String name, String release, String versionOutput) throws IOException {
        Path home = Files.createDirectories(tmp.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (release != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + release + "\"\n");
        }
        Files.writeString(home.resolve("version-output"), versionOutput);
        return home;
    }

    private Path jdk(String name, String release) throws IOException {
        return jdk(name, release, "must not be asked: the release file says it\n");
    }

    private static List<String> calls(Path jdk) throws IOException {
        Path log = jdk.resolve("calls");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private record Run(int code, String out, String err) {}

    /** Runs the launcher with PATH = the given JDK's bin (if any) first, and the given environment. */
    private Run launch(Path onPath, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("SPEC_LINT_") || k.equals("JAVA_HOME") || k.equals("JAVA_TOOL_OPTIONS"));
        String path = "/usr/local/bin:/usr/bin:/bin";
        e.put("PATH", onPath == null ? path : onPath.resolve("bin") + ":" + path);
        e.put("XDG_CACHE_HOME", tmp.resolve("xdg").toString());
        e.putAll(env);
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void spec_lint_java_as_a_jdk_folder_wins_over_java_home_and_path() throws Exception {
        Path chosen = jdk("chosen", "21.0.1");
        Path home = jdk("home", "21.0.1");
        Path path = jdk("path", "21.0.1");
        Run run = launch(path, Map.of("SPEC_LINT_JAVA", chosen.toString(), "JAVA_HOME", home.toString()), "--version");
        assertThat(run.out()).isEqualTo(RUN_OUT);
        assertThat(calls(chosen)).hasSize(1);
        assertThat(calls(home)).isEmpty();
        assertThat(calls(path)).isEmpty();
    }

    @Test
    void spec_lint_java_may_name_the_java_executable() throws Exception {
        Path chosen = jdk("chosen", "21.0.1");
        Path home = jdk("home", "21.0.1");
        launch(null, Map.of("SPEC_LINT_JAVA", chosen.resolve("bin/java").toString(), "JAVA_HOME", home.toString()), "--version");
        assertThat(calls(chosen)).hasSize(1);
        assertThat(calls(home)).isEmpty();
    }

    @Test
    void java_home_wins_over_path_and_path_is_the_last_resort() throws Exception {
        Path home = jdk("home", "21.0.1");
        Path path = jdk("path", "21.0.1");
        launch(path, Map.of("JAVA_HOME", home.toString()), "--version");
        assertThat(calls(home)).hasSize(1);
        assertThat(calls(path)).isEmpty();
        launch(path, Map.of(), "--version");
        assertThat(calls(path)).hasSize(1);
    }

    @Test
    void a_spec_lint_java_without_java_is_an_error_that_says_what_to_give() throws Exception {
        Path path = jdk("path", "21.0.1");
        Run run = launch(path, Map.of("SPEC_LINT_JAVA", tmp.resolve("nowhere").toString()), "lint", "specs");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("SPEC_LINT_JAVA=" + tmp.resolve("nowhere"), "a java executable or a JDK folder");
        assertThat(calls(path)).isEmpty();
    }

    @Test
    void java_25_records_on_the_first_lint_builds_the_aot_cache_silently_and_maps_it_afterwards() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3");
        Map<String, String> env = Map.of("SPEC_LINT_JAVA", jdk.toString(), "FAKE_EXIT", "1");
        Run first = launch(null, env, "lint", "specs");
        assertThat(first).isEqualTo(new Run(1, RUN_OUT, RUN_ERR));
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:AOTMode=record", "-XX:AOTConfiguration=").endsWith("-jar " + bin.resolve("spec-lint.jar") + " lint specs");
        assertThat(calls.get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=" + bin.resolve("spec-lint.aot") + ".");
        assertThat(bin.resolve("spec-lint.aot")).hasContent("aot");
        assertThat(bin.resolve("spec-lint.aot.key")).exists();
        try (var left = Files.list(bin)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("spec-lint", "spec-lint.jar", "spec-lint.aot", "spec-lint.aot.key");
        }

        Run second = launch(null, env, "lint", "specs");
        assertThat(second).isEqualTo(first);
        assertThat(calls(jdk)).hasSize(3);
        assertThat(calls(jdk).get(2)).contains("-XX:AOTCache=" + bin.resolve("spec-lint.aot") + " ").doesNotContain("AOTMode");
    }

    /** Java 25+ builds an AOT cache, 17-24 dump an AppCDS archive: a failure of either is the same non-event. */
    @ParameterizedTest
    @CsvSource({"25.0.3, -XX:AOTMode=record", "21.0.4, -XX:DumpLoadedClassList="})
    void a_failed_cache_build_leaves_the_run_as_it_was_and_no_cache(String release, String recording) throws Exception {
        Path jdk = jdk("jdk", release);
        Map<String, String> env = Map.of("SPEC_LINT_JAVA", jdk.toString(), "FAKE_EXIT", "0", "FAKE_CREATE_FAILS", "1");
        assertThat(launch(null, env, "lint", "specs")).isEqualTo(new Run(0, RUN_OUT, RUN_ERR));
        try (var left = Files.list(bin)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("spec-lint", "spec-lint.jar");
        }
        launch(null, env, "lint", "specs");
        assertThat(calls(jdk).get(2)).as("the next lint tries again").contains(recording);
    }

    @Test
    void java_17_to_24_list_the_classes_on_the_first_lint_dump_a_static_appcds_archive_silently_and_map_it() throws Exception {
        Path jdk = jdk("jdk17", "17.0.12");
        Map<String, String> env = Map.of("SPEC_LINT_JAVA", jdk.toString());
        assertThat(launch(null, env, "lint", "specs")).isEqualTo(new Run(1, RUN_OUT, RUN_ERR));
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:DumpLoadedClassList=" + bin.resolve("spec-lint.jsa") + ".")
                .endsWith("-jar " + bin.resolve("spec-lint.jar") + " lint specs").doesNotContain("AOT", "-Xshare");
        assertThat(calls.get(1)).contains("-Xshare:dump", "-XX:SharedClassListFile=",
                "-XX:SharedArchiveFile=" + bin.resolve("spec-lint.jsa") + ".");
        assertThat(bin.resolve("spec-lint.jsa")).hasContent("jsa");
        try (var left = Files.list(bin)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("spec-lint", "spec-lint.jar", "spec-lint.jsa", "spec-lint.jsa.key");
        }
        launch(null, env, "lint", "specs");
        assertThat(calls(jdk).get(2)).contains("-XX:SharedArchiveFile=" + bin.resolve("spec-lint.jsa"), "-Xshare:auto")
                .doesNotContain("AOT", "DumpLoadedClassList", "-Xshare:dump");
    }

    @Test
    void without_a_release_file_the_version_comes_from_java_version() throws Exception {
        Path jdk = jdk("jdk25", null, "openjdk version \"25.0.1\" 2025-10-21\nOpenJDK Runtime Environment\n");
        launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString()), "lint", "specs");
        assertThat(calls(jdk).get(0)).isEqualTo("-version");
        assertThat(calls(jdk).get(1)).contains("-XX:AOTMode=record");
    }

    @Test
    void a_java_older_than_17_is_refused_with_the_version_found() throws Exception {
        Path jdk = jdk("jdk8", null, "java version \"1.8.0_402\"\n");
        Run run = launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString()), "lint", "specs");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is Java 8; spec-lint needs Java 17 or newer");
        assertThat(calls(jdk)).containsExactly("-version");
    }

    @Test
    void spec_lint_cds_off_writes_and_maps_no_cache() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3");
        launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString(), "SPEC_LINT_CDS", "off"), "lint", "specs");
        assertThat(calls(jdk)).singleElement().asString().doesNotContain("AOT", "Archive", "Shared");
    }

    @Test
    void only_lint_writes_a_cache() throws Exception {
        Path jdk = jdk("jdk25", "25.0.3");
        launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString()), "rules");
        assertThat(calls(jdk)).singleElement().asString().doesNotContain("AOT");
    }

    @Test
    void small_runs_get_c1_only_and_runs_over_the_threshold_full_tiered() throws Exception {
        Path jdk = jdk("jdk21", "21.0.1");
        Map<String, String> env = Map.of("SPEC_LINT_JAVA", jdk.toString(), "SPEC_LINT_CDS", "off", "SPEC_LINT_TIERED_MB", "1");
        launch(null, env, "lint", "--format=json", "specs");
        assertThat(calls(jdk).get(0)).contains("-XX:TieredStopAtLevel=1");

        // what counts is *.md outside .git and node_modules, under the path arguments
        Files.write(specs.resolve("notes.txt"), new byte[2 << 20]);
        Files.write(Files.createDirectories(specs.resolve(".git")).resolve("big.md"), new byte[2 << 20]);
        Files.write(Files.createDirectories(specs.resolve("node_modules/x")).resolve("big.md"), new byte[2 << 20]);
        launch(null, env, "lint", "specs");
        assertThat(calls(jdk).get(1)).contains("-XX:TieredStopAtLevel=1");

        Files.write(Files.createDirectories(specs.resolve("sub")).resolve("big.md"), new byte[(1 << 20) + 1024]);
        launch(null, env, "lint", "--format=json", "specs");
        assertThat(calls(jdk).get(2)).doesNotContain("TieredStopAtLevel");
        launch(null, env, "lint", "specs/sub/big.md");
        assertThat(calls(jdk).get(3)).as("a file argument").doesNotContain("TieredStopAtLevel");
        launch(null, env, "lint", "specs/a.md");
        assertThat(calls(jdk).get(4)).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void spec_lint_tiered_overrides_the_size_rule_and_rejects_other_values() throws Exception {
        Path jdk = jdk("jdk21", "21.0.1");
        launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString(), "SPEC_LINT_CDS", "off", "SPEC_LINT_TIERED", "full"), "lint", "specs");
        assertThat(calls(jdk).get(0)).doesNotContain("TieredStopAtLevel");
        launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString(), "SPEC_LINT_CDS", "off", "SPEC_LINT_TIERED", "c1",
                "SPEC_LINT_TIERED_MB", "0"), "lint", "specs");
        assertThat(calls(jdk).get(1)).contains("-XX:TieredStopAtLevel=1");
        Run bad = launch(null, Map.of("SPEC_LINT_JAVA", jdk.toString(), "SPEC_LINT_TIERED", "c2"), "lint", "specs");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("SPEC_LINT_TIERED=c2: use auto, c1 or full");
        assertThat(calls(jdk)).hasSize(2);
    }
}
