package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line, driven by a hand-set clock. */
class ProgressLineTest {

    private final AtomicLong now = new AtomicLong(1_000L);
    private final StringWriter err = new StringWriter();
    private final ProgressLine line = new ProgressLine(new PrintWriter(err), now::get);

    @Test
    void aShortRunPrintsNothing() {
        line.fileDone(1, 2);
        now.addAndGet(ProgressLine.DELAY_NANOS - 1);
        line.fileDone(2, 2);
        line.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongRunRedrawsOneLineAtIntervalsAndErasesIt() {
        now.addAndGet(ProgressLine.DELAY_NANOS);
        line.fileDone(1, 100);
        now.addAndGet(ProgressLine.INTERVAL_NANOS - 1);
        line.fileDone(2, 100); // too soon: skipped
        now.addAndGet(1);
        line.fileDone(3, 100);
        line.fileDone(100, 100); // the last file is always drawn
        line.finish();

        String blank = " ".repeat("spec-lint: 100/100 files".length());
        assertThat(err.toString()).isEqualTo("\rspec-lint: 1/100 files\rspec-lint: 3/100 files"
                + "\rspec-lint: 100/100 files\r" + blank + "\r");
    }
}
