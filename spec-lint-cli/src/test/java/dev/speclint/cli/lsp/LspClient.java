package dev.speclint.cli.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A language client in a few lines: starts {@code spec-lint lsp} as a child process (the test
 * class path, the CLI's main class), writes {@code Content-Length}-framed JSON-RPC to its stdin and
 * reads framed messages from its stdout on a thread of its own. Anything on stdout that is not a
 * framed message is a protocol error and fails {@link #next}.
 */
final class LspClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CLOSED = JSON.createObjectNode().put("closed", true);

    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final List<String> protocolErrors = new ArrayList<>();
    private int nextId = 1;

    LspClient(Path workingDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.speclint.cli.SpecLintCommand", "lsp")
                .directory(workingDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        process = pb.start();
        in = process.getOutputStream();
        Thread reader = new Thread(() -> read(process.getInputStream()), "lsp-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream out) {
        try {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(out)).isEmpty()) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).strip());
                    } else if (!header.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                        throw new IOException("not a JSON-RPC header on stdout: " + header);
                    }
                }
                if (length < 0) {
                    throw new IOException("a message without Content-Length");
                }
                byte[] body = out.readNBytes(length);
                if (body.length < length) {
                    throw new IOException("stdout ended inside a message");
                }
                received.add(JSON.readTree(body));
            }
        } catch (EndOfStream e) {
            // the server exited
        } catch (IOException | RuntimeException e) {
            synchronized (protocolErrors) {
                protocolErrors.add(e.toString());
            }
        }
        received.add(CLOSED);
    }

    private static final class EndOfStream extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String line(InputStream s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = s.read()) != '\n') {
            if (c < 0) {
                if (b.size() == 0) {
                    throw new EndOfStream();
                }
                throw new IOException("stdout ended inside a header");
            }
            b.write(c);
        }
        String l = b.toString(StandardCharsets.US_ASCII);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /** Sends a request; returns its id. */
    synchronized int request(String method, JsonNode params) throws IOException {
        int id = nextId++;
        ObjectNode m = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        m.set("params", params);
        write(m);
        return id;
    }

    synchronized void notify(String method, JsonNode params) throws IOException {
        ObjectNode m = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            m.set("params", params);
        }
        write(m);
    }

    /** Writes raw bytes to the server's stdin (malformed input on purpose). */
    synchronized void writeRaw(byte[] bytes) throws IOException {
        in.write(bytes);
        in.flush();
    }

    private void write(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /**
     * The next message received matching {@code wanted}; the ones skipped are given to {@code skipped}.
     *
     * @throws AssertionError when none comes within {@code seconds} or stdout held a non-protocol byte
     */
    JsonNode next(Predicate<JsonNode> wanted, List<JsonNode> skipped, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode m = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            synchronized (protocolErrors) {
                if (!protocolErrors.isEmpty()) {
                    throw new AssertionError("protocol error on the server's stdout: " + protocolErrors);
                }
            }
            if (m == null) {
                throw new AssertionError("no such message within " + seconds + " s; skipped " + skipped);
            }
            if (m == CLOSED) {
                received.add(CLOSED);
                throw new AssertionError("the server closed its stdout; skipped " + skipped);
            }
            if (wanted.test(m)) {
                return m;
            }
            skipped.add(m);
        }
    }

    JsonNode response(int id, long seconds) throws InterruptedException {
        return next(m -> m.path("id").asInt(-1) == id && !m.has("method"), new ArrayList<>(), seconds);
    }

    /** The next diagnostics published for {@code uri}. */
    JsonNode diagnostics(String uri, long seconds) throws InterruptedException {
        return next(m -> "textDocument/publishDiagnostics".equals(m.path("method").asText())
                && uri.equals(m.path("params").path("uri").asText()), new ArrayList<>(), seconds).path("params");
    }

    /** Waits for the process to end; its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit within " + seconds + " s");
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
