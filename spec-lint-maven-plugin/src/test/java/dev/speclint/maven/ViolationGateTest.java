package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViolationGateTest {

    private static Violation v(Severity s) {
        return new Violation("docs/a.md", 1, 1, "some-rule", s, "m");
    }

    private static LintResult result(Violation... vs) {
        return new LintResult(List.of(vs), List.of("docs/a.md"), Duration.ZERO, Map.of(), 0);
    }

    @Test
    void errorThresholdIgnoresWarnings() {
        ViolationGate gate = new ViolationGate(Severity.ERROR, 0);

        assertThat(gate.fails(result(v(Severity.WARNING), v(Severity.WARNING)))).isFalse();
        assertThat(gate.fails(result(v(Severity.ERROR)))).isTrue();
    }

    @Test
    void warningThresholdCountsBoth() {
        ViolationGate gate = new ViolationGate(Severity.WARNING, 1);
        LintResult r = result(v(Severity.WARNING), v(Severity.ERROR));

        assertThat(gate.counted(r)).isEqualTo(2);
        assertThat(gate.fails(r)).isTrue();
        assertThat(gate.failureMessage(r, Optional.of("/p/target/spec-lint-result.json"))).isEqualTo(
                "spec-lint found 2 violations of severity warning or higher (1 error, 1 warning), more than the 1 "
                        + "allowed by maxAllowedViolations; report: /p/target/spec-lint-result.json");
    }

    @Test
    void upToTheLimitPasses() {
        ViolationGate gate = new ViolationGate(Severity.ERROR, 2);

        assertThat(gate.fails(result(v(Severity.ERROR), v(Severity.ERROR)))).isFalse();
        assertThat(gate.fails(result(v(Severity.ERROR), v(Severity.ERROR), v(Severity.ERROR)))).isTrue();
    }

    @Test
    void messageWithoutReport() {
        ViolationGate gate = new ViolationGate(Severity.ERROR, 0);

        assertThat(gate.failureMessage(result(v(Severity.ERROR)), Optional.empty())).isEqualTo(
                "spec-lint found 1 violation of severity error (1 error, 0 warnings), more than the 0 allowed by "
                        + "maxAllowedViolations");
    }

    @Test
    void negativeLimitIsRefused() {
        assertThatThrownBy(() -> new ViolationGate(Severity.ERROR, -1)).hasMessageContaining("0 or more");
    }
}
