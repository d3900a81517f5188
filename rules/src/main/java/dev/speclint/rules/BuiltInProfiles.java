package dev.speclint.rules;

import dev.speclint.core.profile.BuiltInProfile;
import dev.speclint.core.profile.ProfileProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The built-in profiles. {@code technical-spec}, the default, is our technical specification
 * template, embedded as a resource.
 */
public final class BuiltInProfiles implements ProfileProvider {

    /** The default profile's name. */
    public static final String TECHNICAL_SPEC = "technical-spec";

    @Override
    public List<BuiltInProfile> profiles() {
        return List.of(new BuiltInProfile(TECHNICAL_SPEC,
                "Technical specification: metadata header, 16 sections, security checklist, risks table",
                resource("profiles/technical-spec.md"),
                Map.of(MetadataFieldRule.DESCRIPTOR.id(), technicalSpecMetadata())));
    }

    /** The technical-spec profile's metadata checks: id and version formats, the creation date, one project key. */
    static Map<String, Object> technicalSpecMetadata() {
        return Map.of(
                "patterns", Map.of(
                        "Spec ID", "^SPEC-[A-Z][A-Z0-9]*-\\d+$",
                        "Version", "^\\d+\\.\\d+(\\.\\d+)?$"),
                "dateFields", List.of("Created"),
                "consistentKeys", List.of("Spec ID", "Epic"));
    }

    /** Reads a resource of this package as UTF-8. */
    static String resource(String name) {
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("spec-lint-rules jar is missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
