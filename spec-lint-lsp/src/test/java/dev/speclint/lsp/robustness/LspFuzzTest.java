package dev.speclint.lsp.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.speclint.lsp.LspMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Whatever bytes an editor (or anything else) writes to the server's stdin, the server neither throws
 * nor hangs: framing errors, malformed JSON-RPC, unknown methods, and any text in didOpen/didChange
 * end in an exit code once the input ends. Seeds (LspFuzzTestInputs/servesAnyInput) hold a real
 * session; {@code JAZZER_FUZZ=1} mutates them.
 */
class LspFuzzTest {

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-fuzz");
        t.setDaemon(true);
        return t;
    });

    @FuzzTest(maxDuration = "5m")
    void servesAnyInput(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Future<Integer> exit = RUNNER.submit(() -> LspMain.serve(new ByteArrayInputStream(bytes), out,
                LspFuzzTest.class.getClassLoader()));
        // the input ends at once: the server must notice and stop, whatever it was asked
        int code = exit.get(30, TimeUnit.SECONDS);
        assertThat(code).isIn(0, 1);
    }
}
