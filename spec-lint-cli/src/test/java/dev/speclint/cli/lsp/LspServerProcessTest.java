package dev.speclint.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spec-lint lsp} as an editor sees it: a child process spoken to over stdio. The spec is
 * the shipped example with two defects: its Status is {@code Done} (line 8, not one of the
 * template's Draft/Approved) and its {@code ## 📊 Data Model} is written as a level-3 heading
 * (line 65; the emoji is two UTF-16 units, so the range's end checks the column unit).
 */
class LspServerProcessTest {

    private static final String HEADING = "### 📊 Data Model";

    @TempDir
    Path dir;

    private static String spec() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("..", "examples", "SPEC-GW-4-api-rate-limiter.md")));
        assertThat(lines.get(64)).isEqualTo("## 📊 Data Model");
        lines.set(64, HEADING);
        return String.join("\n", lines) + "\n";
    }

    private static ObjectNode obj() {
        return LspClient.JSON.createObjectNode();
    }

    private static ObjectNode doc(String uri) {
        return obj().put("uri", uri);
    }

    private static ObjectNode at(String uri, int line, int character) {
        ObjectNode p = obj();
        p.set("textDocument", doc(uri));
        p.set("position", obj().put("line", line).put("character", character));
        return p;
    }

    private static ObjectNode open(String uri, String text) {
        ObjectNode p = obj();
        p.set("textDocument", doc(uri).put("languageId", "markdown").put("version", 1).put("text", text));
        return p;
    }

    private static JsonNode byCode(JsonNode diagnostics, String code) {
        return StreamSupport.stream(diagnostics.spliterator(), false)
                .filter(d -> code.equals(d.path("code").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " diagnostic in " + diagnostics));
    }

    private static List<String> codes(JsonNode diagnostics) {
        return StreamSupport.stream(diagnostics.spliterator(), false).map(d -> d.path("code").asText()).toList();
    }

    private static void assertRange(JsonNode range, int line, int from, int to) {
        assertThat(range.path("start").path("line").asInt()).isEqualTo(line);
        assertThat(range.path("start").path("character").asInt()).isEqualTo(from);
        assertThat(range.path("end").path("line").asInt()).isEqualTo(line);
        assertThat(range.path("end").path("character").asInt()).isEqualTo(to);
    }

    private static void initialize(LspClient c, Path root, JsonNode options) throws Exception {
        ObjectNode init = obj().put("processId", ProcessHandle.current().pid()).put("rootUri", root.toUri().toString());
        init.set("capabilities", obj());
        if (options != null) {
            init.set("initializationOptions", options);
        }
        JsonNode result = c.response(c.request("initialize", init), 60).path("result");
        assertThat(result.path("capabilities").path("textDocumentSync").asInt()).isEqualTo(1);
        assertThat(result.path("capabilities").path("hoverProvider").asBoolean()).isTrue();
        c.notify("initialized", obj());
    }

    private static void shutDown(LspClient c) throws Exception {
        JsonNode r = c.response(c.request("shutdown", null), 30);
        assertThat(r.has("error")).isFalse();
        c.notify("exit", null);
        assertThat(c.waitFor(30)).isEqualTo(0);
    }

    @Test
    void servesAnEditorSessionAndAnswersWhileATenMegabyteDocumentIsLinted() throws Exception {
        String uri = dir.resolve("spec.md").toUri().toString();
        String text = spec();
        try (LspClient c = new LspClient(dir)) {
            initialize(c, dir, null);

            c.notify("textDocument/didOpen", open(uri, text));
            JsonNode published = c.diagnostics(uri, 60);
            JsonNode diagnostics = published.path("diagnostics");
            JsonNode status = byCode(diagnostics, "metadata-field");
            // "**Status:** Done": 1-based column 13 is 0-based 12, the token "Done" ends at 16
            assertRange(status.path("range"), 7, 12, 16);
            assertThat(status.path("source").asText()).isEqualTo("spec-lint");
            assertThat(status.path("severity").asInt()).isEqualTo(1);
            JsonNode level = byCode(diagnostics, "section-level");
            // the whole heading, in UTF-16 units: "### " + 2 for the emoji + " Data Model"
            assertRange(level.path("range"), 64, 0, HEADING.length());
            assertThat(HEADING.length()).isEqualTo(17);
            assertThat(level.path("severity").asInt()).isEqualTo(2);

            // the author fixes the Status: the finding goes on the next lint
            ObjectNode change = obj();
            change.set("textDocument", doc(uri).put("version", 2));
            ArrayNode changes = change.putArray("contentChanges");
            changes.add(obj().put("text", text.replace("**Status:** Done", "**Status:** Draft")));
            c.notify("textDocument/didChange", change);
            JsonNode after = c.diagnostics(uri, 60);
            assertThat(after.path("version").asInt()).isEqualTo(2);
            assertThat(codes(after.path("diagnostics"))).doesNotContain("metadata-field").contains("section-level");

            // quick fixes on the heading: the rule's fix (level 3 -> 2) and the suppression comment
            ObjectNode ca = obj();
            ca.set("textDocument", doc(uri));
            ca.set("range", level.path("range"));
            ca.set("context", obj().set("diagnostics", LspClient.JSON.createArrayNode().add(level)));
            JsonNode actions = c.response(c.request("textDocument/codeAction", ca), 30).path("result");
            JsonNode fix = StreamSupport.stream(actions.spliterator(), false)
                    .filter(a -> a.path("title").asText().startsWith("Make it a level-2 heading")).findFirst()
                    .orElseThrow(() -> new AssertionError("no level fix in " + actions));
            assertThat(fix.path("kind").asText()).isEqualTo("quickfix");
            JsonNode edit = fix.path("edit").path("changes").path(uri).get(0);
            assertRange(edit.path("range"), 64, 0, 3);
            assertThat(edit.path("newText").asText()).isEqualTo("##");
            JsonNode disable = StreamSupport.stream(actions.spliterator(), false)
                    .filter(a -> a.path("title").asText().equals("Disable section-level for this line")).findFirst()
                    .orElseThrow(() -> new AssertionError("no disable action in " + actions));
            JsonNode insert = disable.path("edit").path("changes").path(uri).get(0);
            assertRange(insert.path("range"), 64, 0, 0);
            assertThat(insert.path("newText").asText()).isEqualTo("<!-- spec-lint-disable-next-line section-level -->\n");

            // hover on the heading: the rule's summary and the template line it comes from
            JsonNode hover = c.response(c.request("textDocument/hover", at(uri, 64, 5)), 30).path("result");
            String shown = hover.path("contents").path("value").asText();
            assertThat(shown).contains("section-level").contains("built-in profile `technical-spec`")
                    .contains("## 📊 Data Model").containsPattern("line \\d+");

            // completion after "**Status:** " offers the template's values
            JsonNode completion = c.response(c.request("textDocument/completion", at(uri, 7, 12)), 30).path("result");
            List<String> labels = StreamSupport.stream(completion.spliterator(), false)
                    .map(i -> i.path("label").asText()).toList();
            assertThat(labels).containsExactly("Draft", "Approved");

            // a ~10 MB document: requests on the small one are answered before its lint is published
            String bigUri = dir.resolve("big.md").toUri().toString();
            StringBuilder big = new StringBuilder(text);
            String paragraph = "The token bucket refills at the configured rate and every request takes one token.\n";
            for (int i = 0; big.length() < 10_000_000; i++) {
                big.append("\n### Note ").append(i).append("\n\n").append(paragraph.repeat(12));
            }
            c.notify("textDocument/didOpen", open(bigUri, big.toString()));
            int hoverId = c.request("textDocument/hover", at(uri, 64, 5));
            int completionId = c.request("textDocument/completion", at(uri, 7, 12));
            List<JsonNode> before = new ArrayList<>();
            JsonNode hoverAnswer = c.next(m -> m.path("id").asInt(-1) == hoverId, before, 60);
            JsonNode completionAnswer = c.next(m -> m.path("id").asInt(-1) == completionId, before, 60);
            assertThat(hoverAnswer.path("result").path("contents").path("value").asText()).contains("section-level");
            assertThat(completionAnswer.path("result")).hasSize(2);
            assertThat(before).noneMatch(m -> bigUri.equals(m.path("params").path("uri").asText()));
            JsonNode bigDiagnostics = c.diagnostics(bigUri, 300);
            assertThat(codes(bigDiagnostics.path("diagnostics"))).contains("section-level");

            shutDown(c);
        }
    }

    @Test
    void aBadConfigIsOneDiagnosticOnTheConfigAndItsFixIsReadOnTheNextChange() throws Exception {
        Path config = Files.writeString(dir.resolve("spec-lint.yaml"), "profile: technical-spec\nrules:\n  nope-rule: off\n");
        String configUri = config.toUri().toString();
        String uri = dir.resolve("spec.md").toUri().toString();
        String text = spec();
        try (LspClient c = new LspClient(dir)) {
            initialize(c, dir, null);
            c.notify("textDocument/didOpen", open(uri, text));
            JsonNode bad = c.diagnostics(configUri, 60).path("diagnostics");
            assertThat(bad).hasSize(1);
            assertThat(bad.get(0).path("message").asText()).contains("nope-rule");
            assertThat(bad.get(0).path("severity").asInt()).isEqualTo(1);

            // fixed on disk (a later mtime, another size): the next change reads it again
            Files.writeString(config, "profile: technical-spec\nrules:\n  section-level: off\n");
            Files.setLastModifiedTime(config, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            ObjectNode change = obj();
            change.set("textDocument", doc(uri).put("version", 2));
            change.putArray("contentChanges").add(obj().put("text", text + "\nMore text.\n"));
            c.notify("textDocument/didChange", change);
            assertThat(c.diagnostics(configUri, 60).path("diagnostics")).isEmpty();
            JsonNode linted = c.diagnostics(uri, 60);
            while (linted.path("version").asInt() < 2) {
                linted = c.diagnostics(uri, 60);
            }
            assertThat(codes(linted.path("diagnostics"))).contains("metadata-field").doesNotContain("section-level");

            // malformed input does not kill the server: a body that is not JSON, then a request that works
            byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
            c.writeRaw(("Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.writeRaw(garbage);
            JsonNode hover = c.response(c.request("textDocument/hover", at(uri, 7, 13)), 30);
            assertThat(hover.path("result").path("contents").path("value").asText()).contains("metadata-field");
            shutDown(c);
        }
    }

    @Test
    void pluginCodeAWorkspaceNamesIsSkippedWithOneDiagnosticUnlessTheUserAllowsIt() throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Path config = Files.writeString(dir.resolve("spec-lint.yaml"), "profile: technical-spec\npluginPath:\n  - plugins\n");
        String configUri = config.toUri().toString();
        String uri = dir.resolve("spec.md").toUri().toString();
        try (LspClient c = new LspClient(dir)) {
            initialize(c, dir, null);
            c.notify("textDocument/didOpen", open(uri, spec()));
            JsonNode notice = c.diagnostics(configUri, 60).path("diagnostics");
            assertThat(notice).hasSize(1);
            assertThat(notice.get(0).path("code").asText()).isEqualTo("workspace-plugins");
            assertThat(notice.get(0).path("message").asText()).contains("did not load it")
                    .contains("specLint.allowWorkspacePlugins");
            assertRange(notice.get(0).path("range"), 1, 0, "pluginPath:".length());
            // the rest of the config still applies: the spec is linted
            assertThat(codes(c.diagnostics(uri, 60).path("diagnostics"))).contains("metadata-field");
            shutDown(c);
        }
        try (LspClient c = new LspClient(dir)) {
            initialize(c, dir, obj().set("specLint", obj().put("allowWorkspacePlugins", true)));
            c.notify("textDocument/didOpen", open(uri, spec()));
            assertThat(c.diagnostics(configUri, 60).path("diagnostics")).isEmpty();
            assertThat(codes(c.diagnostics(uri, 60).path("diagnostics"))).contains("metadata-field");
            shutDown(c);
        }
    }
}
