package dev.speclint.core.profile;

import dev.speclint.core.config.ConfigException;
import dev.speclint.core.config.FileProfile;
import dev.speclint.core.config.LintConfig;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.util.Globs;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles of a run: the config's {@code profiles:} entries, each a set of globs and a profile,
 * and the default profile. A file gets the profile of the first entry one of whose globs matches its
 * path relative to the root (the config file's directory, or the run's base directory), else the
 * default. Files outside the root are matched by their absolute path.
 */
public final class ProfileSet {

    private record Entry(Globs globs, Profile profile) {
    }

    private final Path root;
    private final Profile defaultProfile;
    private final List<Entry> entries;

    private ProfileSet(Path root, Profile defaultProfile, List<Entry> entries) {
        this.root = root;
        this.defaultProfile = defaultProfile;
        this.entries = List.copyOf(entries);
    }

    /** One profile for every file. */
    public static ProfileSet of(Profile profile) {
        return new ProfileSet(Path.of("").toAbsolutePath(), profile, List.of());
    }

    /**
     * Loads the default profile and every {@code profiles:} entry's (each template compiled once).
     *
     * @param baseDir where relative paths resolve when the config has no file
     */
    public static ProfileSet load(LintConfig config, ProfileLoader loader, Path baseDir) throws ConfigException {
        Path root = config.source().directory().orElse(baseDir.toAbsolutePath().normalize());
        Map<String, Profile> loaded = new HashMap<>();
        Profile defaultProfile = loader.load(config.profile(), config, root);
        loaded.put(config.profile(), defaultProfile);
        List<Entry> entries = new ArrayList<>();
        for (FileProfile fp : config.profiles()) {
            Profile p = loaded.get(fp.profile());
            if (p == null) {
                p = loader.load(fp.profile(), config, root);
                loaded.put(fp.profile(), p);
            }
            entries.add(new Entry(Globs.of(fp.files()), p));
        }
        return new ProfileSet(root, defaultProfile, entries);
    }

    /** Every profile of the set, the default first, each once. */
    public List<Profile> all() {
        List<Profile> out = new ArrayList<>();
        out.add(defaultProfile);
        for (Entry e : entries) {
            if (!out.contains(e.profile())) {
                out.add(e.profile());
            }
        }
        return out;
    }

    /**
     * The profile {@code document} is linted against, given the one its path chose: that one, unless
     * the document does not follow its template (see {@link SectionMatch#followsTemplate}) while it
     * does follow another template of the set; then the one it follows best (the largest share of that
     * template's sections found, the first in config order on a tie). A repository that keeps specs of
     * several templates in one folder (language and package-manager proposals side by side) needs no
     * glob for each.
     */
    public Profile bestFor(SpecDocument document, Profile chosen) {
        if (entries.isEmpty()
                || SectionMatch.of(chosen.schema(), document).followsTemplate(chosen.schema(), chosen.status())) {
            return chosen;
        }
        Profile best = chosen;
        double bestShare = -1;
        for (Profile p : all()) {
            if (p == chosen) {
                continue;
            }
            SectionMatch match = SectionMatch.of(p.schema(), document);
            int[] coverage = match.coverage(p.schema(), p.status());
            if (coverage[1] > 0 && match.followsTemplate(p.schema(), p.status())) {
                double share = (double) coverage[0] / coverage[1];
                if (share > bestShare) {
                    best = p;
                    bestShare = share;
                }
            }
        }
        return best;
    }

    /** The directory {@code profiles:} globs are relative to. */
    public Path root() {
        return root;
    }

    /** The default profile. */
    public Profile defaultProfile() {
        return defaultProfile;
    }

    /** The profile {@code file} (relative to the working directory, or absolute) is linted against. */
    public Profile forFile(Path file) {
        if (entries.isEmpty()) {
            return defaultProfile;
        }
        Path abs = file.toAbsolutePath().normalize();
        return matching(abs.startsWith(root) ? root.relativize(abs) : abs);
    }

    /**
     * The profile of text linted under {@code name}: a relative name is taken as relative to the root,
     * so {@code adr/0001.md} matches {@code adr/**}.
     */
    public Profile forName(String name) {
        Path path;
        try {
            path = Path.of(name).normalize();
        } catch (InvalidPathException e) {
            return defaultProfile;
        }
        return path.isAbsolute() ? forFile(path) : matching(path);
    }

    private Profile matching(Path relative) {
        for (Entry e : entries) {
            if (e.globs().matches(relative)) {
                return e.profile();
            }
        }
        return defaultProfile;
    }
}
