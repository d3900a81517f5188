package dev.speclint.core.scaffold;

import dev.speclint.core.parse.SpecParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A new spec, planned but not written: where it goes and what it says.
 *
 * @param file where to write it: the first spec folder, {@code SPEC-<KEY>-<N>-<slug>.md}
 * @param fields what was filled in, the Spec ID among them
 * @param text the template with the fields filled in
 */
public record NewSpec(Path file, SpecFields fields, String text) {

    /**
     * Plans a spec titled {@code title} (spaces collapsed) from {@code template}, numbered after the
     * specs already under {@code dirs} for {@code key}.
     *
     * @param dirs the spec folders; the spec goes into the first
     * @param key the project key, already checked ({@link SpecNames#key})
     * @throws IllegalStateException naming the spec that already has this title
     */
    public static NewSpec plan(String template, List<Path> dirs, String key, String title, LocalDate created,
            Optional<String> status, Optional<String> author, String version, SpecParser parser) {
        String cleanTitle = title.strip().replaceAll("\\s+", " ");
        ExistingSpecs existing = ExistingSpecs.scan(dirs, parser);
        Optional<Path> same = existing.withTitle(cleanTitle);
        if (same.isPresent()) {
            throw new IllegalStateException(same.get() + " already has the title '" + cleanTitle
                    + "'; edit that spec or choose another title");
        }
        int number = existing.nextNumber(key);
        SpecFields fields = new SpecFields(SpecNames.specId(key, number), cleanTitle, created, status, author, version);
        String text = new SpecTemplateFiller(parser).fill(template, fields);
        return new NewSpec(dirs.get(0).resolve(SpecNames.fileName(key, number, cleanTitle)), fields, text);
    }
}
