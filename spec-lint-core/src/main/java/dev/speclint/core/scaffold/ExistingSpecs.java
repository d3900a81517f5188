package dev.speclint.core.scaffold;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.engine.FileCollector;
import dev.speclint.core.parse.InvalidEncodingException;
import dev.speclint.core.parse.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specs already in the source directories, as a new spec's numbering and title check need them: their Spec IDs
 * (from the {@code Spec ID} metadata, else from a {@code SPEC-KEY-N-...} file name) and titles.
 */
public final class ExistingSpecs {

    /**
     * One spec found.
     *
     * @param file where it is
     * @param specId its Spec ID, or empty
     * @param title its Title metadata, or empty
     */
    public record Found(Path file, Optional<String> specId, Optional<String> title) {
    }

    private final List<Found> specs;

    private ExistingSpecs(List<Found> specs) {
        this.specs = List.copyOf(specs);
    }

    /** Reads the metadata of every {@code *.md} file under the directories that exist. */
    public static ExistingSpecs scan(List<Path> dirs, SpecParser parser) {
        List<Path> existing = dirs.stream().filter(Files::isDirectory).toList();
        List<Path> files = new FileCollector(List.of("**/*.md"), List.of()).collect(existing, new ArrayList<>());
        List<Found> found = new ArrayList<>();
        for (Path f : files) {
            found.add(read(f, parser));
        }
        return new ExistingSpecs(found);
    }

    private static Found read(Path file, SpecParser parser) {
        try {
            SpecDocument doc = parser.parse(file.toString(), Files.readAllBytes(file));
            return new Found(file, doc.metadataValue("Spec ID").filter(s -> !s.isBlank()),
                    doc.metadataValue("Title").filter(s -> !s.isBlank()));
        } catch (IOException | InvalidEncodingException | RuntimeException e) {
            // an unreadable spec still counts by its file name; `check` reports what is wrong with it
            return new Found(file, Optional.empty(), Optional.empty());
        }
    }

    public List<Found> specs() {
        return specs;
    }

    /** One more than the highest number of a {@code SPEC-<key>-<n>} id or file name; 1 when there is none. */
    public int nextNumber(String key) {
        Pattern id = Pattern.compile("SPEC-" + Pattern.quote(key) + "-(\\d{1,9})", Pattern.CASE_INSENSITIVE);
        Pattern name = Pattern.compile("SPEC-" + Pattern.quote(key) + "-(\\d{1,9})(?:-.*)?\\.md",
                Pattern.CASE_INSENSITIVE);
        int max = 0;
        for (Found f : specs) {
            OptionalInt fromId = f.specId().map(s -> number(id.matcher(s.strip()))).orElse(OptionalInt.empty());
            OptionalInt fromName = number(name.matcher(f.file().getFileName().toString()));
            max = Math.max(max, Math.max(fromId.orElse(0), fromName.orElse(0)));
        }
        return max + 1;
    }

    /** A spec with this title (by Title metadata, case and spacing ignored, or by file-name slug). */
    public Optional<Path> withTitle(String title) {
        String wanted = normalize(title);
        Pattern sameSlug = Pattern.compile("SPEC-.+-\\d+-" + Pattern.quote(SpecNames.slug(title)) + "\\.md",
                Pattern.CASE_INSENSITIVE);
        for (Found f : specs) {
            boolean sameTitle = f.title().map(ExistingSpecs::normalize).filter(wanted::equals).isPresent();
            if (sameTitle || sameSlug.matcher(f.file().getFileName().toString()).matches()) {
                return Optional.of(f.file());
            }
        }
        return Optional.empty();
    }

    private static OptionalInt number(Matcher m) {
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
