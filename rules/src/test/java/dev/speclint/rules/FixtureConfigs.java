package dev.speclint.rules;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.ConfigLoader;
import dev.speclint.core.config.LintConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The config a fixture runs with: its optional {@code <case>.spec-lint.yaml}, read by the real
 * {@link ConfigLoader} (so a fixture config is a config a user could write), else the defaults; and
 * its {@code <case>.template.md}, when there is one, as the profile.
 */
final class FixtureConfigs {

    private FixtureConfigs() {
    }

    static LintConfig load(Fixture fixture) {
        Path file = fixture.markdown().resolveSibling(fixture.caseName() + ".spec-lint.yaml");
        LintConfig config;
        try {
            config = Files.exists(file) ? ConfigLoader.load(file) : LintConfig.defaults();
        } catch (ConfigException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (fixture.template().isPresent()) {
            config = config.withProfile(fixture.template().get().toAbsolutePath().toString());
        }
        return config;
    }
}
