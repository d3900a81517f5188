package dev.speclint.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.config.TemplateSettings;
import dev.speclint.core.parse.SpecParser;
import dev.speclint.core.template.SectionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled templates are reused only while the template's bytes and the config values that shape
 * compilation are those they were compiled from: a template changed on disk is compiled again, even
 * at the same size and modification time.
 */
class CompiledTemplatesTest {

    @TempDir
    Path dir;

    private final List<String> compiled = new ArrayList<>();
    private final CompiledTemplates cache = CompiledTemplates.bounded(8);

    private Profile load(String name, LintConfig config) throws ConfigException {
        ProfileLoader loader = new ProfileLoader(getClass().getClassLoader(), new SpecParser(), cache, compiled::add);
        return loader.load(name, config, dir);
    }

    private static List<String> titles(Profile p) {
        List<String> out = new ArrayList<>();
        for (SectionSpec s : p.schema().sections()) {
            out.add(s.title());
            s.children().forEach(c -> out.add(c.title()));
        }
        return out;
    }

    @Test
    void anUnchangedTemplateIsCompiledOnceAcrossLoaders() throws Exception {
        Path t = Files.writeString(dir.resolve("template.md"), "# Title\n\n## Motivation\n\n## Design\n");
        Profile first = load("template.md", LintConfig.defaults().withProfile("template.md"));
        Profile second = load("template.md", LintConfig.defaults().withProfile("template.md"));

        assertThat(second.schema()).isSameAs(first.schema());
        assertThat(compiled).containsExactly("template " + t + " compiled in " + ms(compiled.get(0)) + " ms");
    }

    @Test
    void aTemplateChangedOnDiskIsCompiledAgainEvenAtTheSameSizeAndTime() throws Exception {
        Path t = Files.writeString(dir.resolve("template.md"), "# Title\n\n## Motivation\n\n## Design\n");
        FileTime time = Files.getLastModifiedTime(t);
        Profile before = load("template.md", LintConfig.defaults());

        Files.writeString(t, "# Title\n\n## Motivation\n\n## Rollout\n");
        Files.setLastModifiedTime(t, time);
        Profile after = load("template.md", LintConfig.defaults());

        assertThat(titles(before)).contains("Design").doesNotContain("Rollout");
        assertThat(titles(after)).contains("Rollout").doesNotContain("Design");
        assertThat(compiled).hasSize(2);
    }

    @Test
    void aChangedCompilationSettingCompilesAgainAndTheProfileKeepsItsOwnConfig() throws Exception {
        Files.writeString(dir.resolve("template.md"), "# Title\n\n## Motivation\n\n## Design\n");
        LintConfig plain = LintConfig.defaults();
        LintConfig designOptional = new LintConfig(plain.profile(), plain.profiles(), plain.rules(), plain.files(),
                new TemplateSettings(Set.of("Design"), List.of(), Map.of(), Map.of(), Map.of(), Set.of()),
                plain.statuses(), plain.pluginPath(), plain.source());
        Profile a = load("template.md", plain);
        Profile b = load("template.md", designOptional);
        Profile c = load("template.md", plain.withFiles(List.of("**/SPEC-*.md"), List.of()));

        assertThat(b.schema()).isNotSameAs(a.schema());
        // includes do not shape compilation: the schema is reused, the profile carries the new config
        assertThat(c.schema()).isSameAs(a.schema());
        assertThat(c.config().files().includes()).containsExactly("**/SPEC-*.md");
        assertThat(compiled).hasSize(2);
    }

    @Test
    void aFailedCompilationIsNotKept() throws Exception {
        Path t = Files.writeString(dir.resolve("template.md"), "no headings at all\n");
        assertThatThrownBy(() -> load("template.md", LintConfig.defaults())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("has no headings");

        Files.writeString(t, "# Title\n\n## Motivation\n");
        assertThat(titles(load("template.md", LintConfig.defaults()))).contains("Motivation");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedTemplateGoesAtCapacity() throws Exception {
        CompiledTemplates small = CompiledTemplates.bounded(1);
        Files.writeString(dir.resolve("a.md"), "# A\n\n## One\n");
        Files.writeString(dir.resolve("b.md"), "# B\n\n## Two\n");
        ProfileLoader loader = new ProfileLoader(getClass().getClassLoader(), new SpecParser(), small, compiled::add);
        loader.load("a.md", LintConfig.defaults(), dir);
        loader.load("b.md", LintConfig.defaults(), dir);
        loader.load("a.md", LintConfig.defaults(), dir);

        assertThat(small.size()).isEqualTo(1);
        assertThat(compiled).hasSize(3);
    }

    private static String ms(String line) {
        return line.replaceAll(".* compiled in (\\d+) ms", "$1");
    }
}
