package dev.speclint.lsp.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspacePluginsTest {

    @Test
    void findsTheEntriesAndBlanksTheirLinesSoTheRestReadsWithItsLineNumbers() throws Exception {
        String yaml = "profile: technical-spec\npluginPath:\n  - rules.jar\n  - lib/\nrules:\n  todo-marker: off\n";
        WorkspacePlugins.Scan scan = WorkspacePlugins.scan(yaml);
        assertThat(scan.namesCode()).isTrue();
        assertThat(scan.line()).isEqualTo(2);
        assertThat(scan.entries()).containsExactly("rules.jar", "lib/");
        assertThat(scan.configText()).isEqualTo("profile: technical-spec\n\n\n\nrules:\n  todo-marker: off\n");
        assertThat(ConfigLoader.parse(scan.configText(), Path.of("spec-lint.yaml")).rule("todo-marker").enabled()).isFalse();
    }

    @Test
    void aScalarEntryAtTheEndIsFoundToo() {
        WorkspacePlugins.Scan scan = WorkspacePlugins.scan("profile: x\npluginPath: a.jar");
        assertThat(scan.entries()).containsExactly("a.jar");
        assertThat(scan.configText()).isEqualTo("profile: x\n");
    }

    @Test
    void aConfigNamingNoCodeOrNotYamlIsLeftAsItIs() {
        assertThat(WorkspacePlugins.scan("profile: x\n").namesCode()).isFalse();
        assertThat(WorkspacePlugins.scan("profile: [x\n").configText()).isEqualTo("profile: [x\n");
    }

    @Test
    void theLineOfAConfigMessage() {
        assertThat(WorkspaceLinters.lineOf("/w/spec-lint.yaml:7: unknown key 'x'")).isEqualTo(7);
        assertThat(WorkspaceLinters.lineOf("/w/spec-lint.yaml: cannot read")).isEqualTo(1);
    }
}
