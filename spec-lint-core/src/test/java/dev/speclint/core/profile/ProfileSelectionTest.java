package dev.speclint.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec that does not follow the template its path chose, but does follow another template of the
 * config, is linted against that one: language and package-manager proposals side by side in one
 * folder need no glob per file.
 */
class ProfileSelectionTest {

    @TempDir
    Path dir;

    private final SpecParser parser = new SpecParser();
    private ProfileSet profiles;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(dir.resolve("language.md"), """
                # Feature name

                ## Introduction

                ## Motivation

                ## Proposed solution

                ## Detailed design

                ## Source compatibility

                ## ABI compatibility

                ## Alternatives considered
                """);
        Files.writeString(dir.resolve("package.md"), """
                # Package Manager Feature name

                ## Introduction

                ## Motivation

                ## Security

                ## Impact on existing packages

                ## Alternatives considered
                """);
        Files.writeString(dir.resolve("spec-lint.yaml"), """
                profile: language.md
                profiles:
                  - files: ["**/*-package-manager-*.md"]
                    profile: package.md
                """);
        LintConfig config = ConfigLoader.load(dir.resolve("spec-lint.yaml"));
        profiles = ProfileSet.load(config, new ProfileLoader(getClass().getClassLoader(), parser), dir);
    }

    private SpecDocument spec(String... sections) {
        StringBuilder sb = new StringBuilder("# A proposal\n\n");
        for (String s : sections) {
            sb.append("## ").append(s).append("\n\nText.\n\n");
        }
        return parser.parse("proposals/0541-c-interop.md", sb.toString());
    }

    @Test
    void aSpecOfTheOtherTemplateGetsThatTemplate() {
        Profile chosen = profiles.forName("proposals/0541-c-interop.md");
        assertThat(chosen.name()).isEqualTo("language.md");

        SpecDocument doc = spec("Introduction", "Motivation", "Security", "Impact on existing packages",
                "Alternatives considered");

        assertThat(profiles.bestFor(doc, chosen).name()).isEqualTo("package.md");
    }

    @Test
    void aSpecThatFollowsItsTemplateKeepsIt() {
        Profile chosen = profiles.forName("proposals/0541-c-interop.md");
        SpecDocument doc = spec("Introduction", "Motivation", "Proposed solution", "Detailed design",
                "Source compatibility", "Alternatives considered");

        assertThat(profiles.bestFor(doc, chosen)).isSameAs(chosen);
    }

    @Test
    void aSpecThatFollowsNoTemplateKeepsTheChosenOne() {
        Profile chosen = profiles.forName("proposals/0541-c-interop.md");
        SpecDocument doc = spec("Background", "Plan");

        assertThat(profiles.bestFor(doc, chosen)).isSameAs(chosen);
    }
}
