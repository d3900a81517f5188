package dev.speclint.rules;

import dev.speclint.core.config.LintConfig;

/** The config a fixture runs with: the defaults, or its template. */
final class FixtureConfigs {

    private FixtureConfigs() {
    }

    static LintConfig load(Fixture fixture) {
        LintConfig config = LintConfig.defaults();
        if (fixture.template().isPresent()) {
            config = config.withProfile(fixture.template().get().toAbsolutePath().toString());
        }
        return config;
    }
}
