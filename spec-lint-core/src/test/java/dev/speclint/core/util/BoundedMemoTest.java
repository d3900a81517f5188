package dev.speclint.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void computesEachStringOnceUpToItsBound() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo memo = new BoundedMemo(s -> {
            calls.incrementAndGet();
            return s.toUpperCase(java.util.Locale.ROOT);
        }, 2);
        assertThat(memo.apply("a")).isEqualTo("A");
        assertThat(memo.apply("a")).isEqualTo("A");
        assertThat(calls).hasValue(1);
        memo.apply("b");
        memo.apply("b");
        assertThat(calls).hasValue(2);
        // past the bound: still right, computed every time
        assertThat(memo.apply("c")).isEqualTo("C");
        assertThat(memo.apply("c")).isEqualTo("C");
        assertThat(calls).hasValue(4);
        assertThat(memo.apply("a")).isEqualTo("A");
        assertThat(calls).hasValue(4);
    }

    @Test
    void keepsNothingForLongStrings() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo memo = new BoundedMemo(s -> {
            calls.incrementAndGet();
            return s.substring(0, 1);
        }, 10);
        String longTitle = "x".repeat(BoundedMemo.MAX_KEPT_LENGTH + 1);
        assertThat(memo.apply(longTitle)).isEqualTo("x");
        assertThat(memo.apply(longTitle)).isEqualTo("x");
        assertThat(calls).hasValue(2);
    }
}
