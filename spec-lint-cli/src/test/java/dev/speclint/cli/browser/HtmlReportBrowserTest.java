package dev.speclint.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.speclint.cli.CliAccess;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report ({@code --format html}) in a real headless Chromium (Debian's {@code chromium};
 * skipped where /usr/bin/chromium is absent, .ci/run installs it): no console error, no exception,
 * no network request besides the file itself, a non-blank screenshot, one table row per spec, a
 * working sort, and a spec's markup shown as text.
 */
class HtmlReportBrowserTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final Path SWIFT_CONFIG = Path.of("../examples/configs/swift-evolution.yaml");
    static final Path SWIFT = Path.of("../../shared/corpus/swift-evolution/proposals");

    @TempDir
    Path tmp;

    @BeforeAll
    static void browser() {
        assumeTrue(Chromium.available(), "/usr/bin/chromium is not installed: browser tests skipped");
    }

    @Test
    void examplesReportOpensCleanlyWithOneRowPerSpec() throws Exception {
        Path page = report("examples.html", "lint", "--format", "html", EXAMPLES.toString());
        try (Chromium browser = new Chromium(tmp.resolve("profile"))) {
            browser.open(page);
            assertCleanLoad(browser, page);
            assertThat(browser.eval("Array.from(document.querySelectorAll('#specs tbody tr td:first-child'))"
                    + ".map(td => td.textContent).join(' ')").asText())
                    .isEqualTo("SPEC-EXPORT SPEC-GW-4 SPEC-NTF-7 SPEC-PAY-101");
            assertThat(browser.eval("document.querySelectorAll('#specs tbody tr').length").asInt()).isEqualTo(4);
            // the summary's status bar has one segment per status (Approved, Done, Draft), findings by rule a row per rule
            assertThat(browser.eval("document.querySelectorAll('#status-bar rect').length").asInt()).isEqualTo(3);
            assertThat(browser.eval("document.querySelectorAll('#rules tbody tr').length").asInt()).isEqualTo(8);
            // a finding links to its line and quotes it
            assertThat(browser.eval("document.querySelector('.finding a').getAttribute('href')").asText())
                    .isEqualTo("../examples/SPEC-EXP-12-csv-export.md#L3"); // the display path, relative to the base directory
            assertThat(browser.eval("document.querySelector('.finding pre').textContent").asText())
                    .isEqualTo("**Spec ID:** SPEC-EXPORT  ");
            // sorting by the Errors column: the inline script runs (its hash is in the CSP)
            browser.eval("document.querySelectorAll('#specs thead button')[8].click()");
            assertThat(browser.eval("Array.from(document.querySelectorAll('#specs tbody tr td:nth-child(9)'))"
                    + ".map(td => td.textContent).join(',')").asText()).isEqualTo("0,1,5,8");
            browser.eval("document.querySelectorAll('#specs thead button')[8].click()");
            assertThat(browser.eval("Array.from(document.querySelectorAll('#specs tbody tr td:nth-child(9)'))"
                    + ".map(td => td.textContent).join(',')").asText()).isEqualTo("8,5,1,0");
            assertNotBlank(browser.screenshot());
            assertCleanLoad(browser, page);
        }
    }

    @Test
    void markupInASpecRendersAsText() throws Exception {
        Path specs = Files.createDirectories(tmp.resolve("specs"));
        String evil = "<script>window.pwned=1</script> \"><img src=x onerror=\"window.pwned=2\">";
        Files.writeString(specs.resolve("SPEC-XSS-1-evil.md"), "# " + evil + "\n\n"
                + "**Spec ID:** SPEC-XSS-1\n"
                + "**Title:** " + evil + " [Feature/Component Name]\n"
                + "**Author:** '><svg onload=window.pwned=3>\n"
                + "**Status:** Draft\n\n"
                + "## Overview\n\n" + evil + " [Describe the overview]\n", StandardCharsets.UTF_8);
        Path page = report("xss.html", "lint", "--format", "html", specs.toString());
        String html = Files.readString(page);
        assertThat(html).doesNotContain("<script>window").doesNotContain("<img").doesNotContain("<svg onload");
        try (Chromium browser = new Chromium(tmp.resolve("profile"))) {
            browser.open(page);
            assertCleanLoad(browser, page);
            assertThat(browser.eval("typeof window.pwned").asText()).isEqualTo("undefined");
            assertThat(browser.eval("document.querySelectorAll('img').length").asInt()).isZero();
            assertThat(browser.eval("document.scripts.length").asInt()).isEqualTo(1);
            assertThat(browser.eval("Array.from(document.querySelectorAll('svg')).some(s => s.hasAttribute('onload'))")
                    .asBoolean()).isFalse();
            assertThat(browser.eval("document.querySelectorAll('#specs tbody tr').length").asInt()).isEqualTo(1);
            // shown as the text it is: in the table, the findings' headings and the quoted lines
            assertThat(browser.eval("document.querySelector('#specs tbody tr td:nth-child(2)').textContent").asText())
                    .isEqualTo(evil);
            assertThat(browser.eval("Array.from(document.querySelectorAll('.finding pre'))"
                    + ".some(p => p.textContent.includes('<img src=x onerror='))").asBoolean()).isTrue();
            assertThat(browser.eval("document.body.textContent.includes(\"'><svg onload=window.pwned=3>\")")
                    .asBoolean()).isTrue();
        }
    }

    @Test
    void corpusReportOpensCleanlyWithOneRowPerSpec() throws Exception {
        assumeTrue(Files.isDirectory(SWIFT), "the shared corpus is absent: " + SWIFT.toAbsolutePath().normalize());
        long files;
        try (Stream<Path> walk = Files.walk(SWIFT)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).count();
        }
        Path page = report("swift.html", "lint", "--config", SWIFT_CONFIG.toString(), "--format", "html",
                SWIFT.toString());
        try (Chromium browser = new Chromium(tmp.resolve("profile"))) {
            browser.open(page);
            assertCleanLoad(browser, page);
            assertThat(browser.eval("document.querySelectorAll('#specs tbody tr').length").asLong()).isEqualTo(files);
            assertThat(browser.eval("document.querySelectorAll('section.spec-findings').length").asLong())
                    .isGreaterThanOrEqualTo(files);
            assertNotBlank(browser.screenshot());
        }
    }

    /** Runs the CLI and writes its standard output to {@code name}. */
    private Path report(String name, String... args) throws Exception {
        CliAccess.Run run = CliAccess.run(args);
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        Path page = tmp.resolve(name);
        Files.writeString(page, run.out(), StandardCharsets.UTF_8);
        return page;
    }

    /** No console error or warning, no exception, no log error, and no request but the page itself. */
    private static void assertCleanLoad(Chromium browser, Path page) {
        List<String> console = new ArrayList<>();
        for (JsonNode e : browser.events("Runtime.consoleAPICalled")) {
            String type = e.path("type").asText();
            if (Set.of("error", "warning", "assert").contains(type)) {
                console.add(type + ": " + e.path("args"));
            }
        }
        for (JsonNode e : browser.events("Runtime.exceptionThrown")) {
            console.add("exception: " + e.path("exceptionDetails"));
        }
        for (JsonNode e : browser.events("Log.entryAdded")) {
            String level = e.path("entry").path("level").asText();
            if (level.equals("error") || level.equals("warning")) {
                console.add("log " + level + ": " + e.path("entry").path("text").asText());
            }
        }
        assertThat(console).as("console errors").isEmpty();
        Set<String> requested = new HashSet<>();
        for (JsonNode e : browser.events("Network.requestWillBeSent")) {
            requested.add(e.path("request").path("url").asText());
        }
        assertThat(requested).as("network requests").containsExactly(page.toUri().toString());
        assertThat(browser.events("Page.loadEventFired")).isNotEmpty();
    }

    /** A PNG of more than one colour. */
    private static void assertNotBlank(byte[] png) throws Exception {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(100);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight() && colours.size() < 10; y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(5);
    }
}
