package dev.speclint.core.config;

import java.util.List;

/**
 * Contributes built-in profiles. Listed in
 * {@code META-INF/services/dev.speclint.core.config.ProfileProvider}.
 */
public interface ProfileProvider {

    List<BuiltInProfile> profiles();
}
