package dev.speclint.core.profile;

import java.util.List;

/**
 * Contributes built-in profiles. Listed in
 * {@code META-INF/services/dev.speclint.core.profile.ProfileProvider}.
 */
public interface ProfileProvider {

    List<BuiltInProfile> profiles();
}
