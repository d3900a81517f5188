package dev.speclint.core.config;

import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.PlaceholderSyntax;
import dev.speclint.core.template.Since;
import dev.speclint.core.util.Suggestions;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns the YAML node tree of one config file into a {@link LintConfig}, checking every key and type.
 * Each problem is a {@link ConfigException} {@code file:line: problem}.
 */
final class ConfigReader {

    static final Set<String> KEYS = orderedSet("profile", "profiles", "rules", "severityByStatus", "includes",
            "excludes", "optionalSections", "placeholderPatterns", "finalStatuses", "extraStatuses", "maxFileBytes", "sectionAliases", "requiredIn",
            "uncheckedStatuses", "statusField", "completeIn", "ownOutlineWhen", "requiredSince", "requiredSections", "pluginPath");
    static final Set<String> PROFILE_ENTRY_KEYS = orderedSet("files", "profile");
    static final Set<String> RULE_KEYS = orderedSet("severity", "enabled");
    static final List<String> RULE_LEVELS = List.of("off", "on", "warning", "error");

    /** Values read in all: with aliases a small file can describe a huge tree. */
    static final int MAX_VALUES = 10_000;
    /** Nesting of rule options. */
    static final int MAX_DEPTH = 16;

    private final ConfigSource source;
    private int values;

    /** @param source what messages name the config and where its relative paths resolve */
    ConfigReader(ConfigSource source) {
        this.source = source;
    }

    /** A key and its value, with the key's node for its line. */
    private record Entry(String key, Node keyNode, Node value) {
    }

    LintConfig read(Node root) throws ConfigException {
        LintConfig d = LintConfig.defaults();
        String profile = d.profile();
        Map<String, Integer> profileLines = new LinkedHashMap<>();
        Map<String, Integer> ruleLines = new LinkedHashMap<>();
        List<FileProfile> profiles = List.of();
        Map<String, RuleSettings> rules = Map.of();
        List<String> includes = d.files().includes();
        List<String> excludes = d.files().excludes();
        long maxFileBytes = d.files().maxFileBytes();
        Set<String> optionalSections = d.template().optionalSections();
        List<String> placeholderPatterns = d.template().placeholderPatterns();
        Map<String, List<String>> sectionAliases = d.template().sectionAliases();
        Map<String, List<String>> requiredIn = d.template().requiredIn();
        Map<String, String> requiredSince = d.template().requiredSince();
        Set<String> requiredSections = d.template().requiredSections();
        String statusField = d.statuses().statusField();
        Set<String> finalStatuses = d.statuses().finalStatuses();
        Set<String> extraStatuses = d.statuses().extraStatuses();
        Set<String> uncheckedStatuses = d.statuses().uncheckedStatuses();
        Set<String> completeIn = d.statuses().completeIn();
        Map<String, List<String>> ownOutlineWhen = d.statuses().ownOutlineWhen();
        Map<String, Map<String, Severity>> byStatus = d.statuses().severityByStatus();
        List<Path> pluginPath = List.of();
        for (Entry e : entries(root, "the config")) {
            Node v = e.value();
            switch (e.key()) {
                case "profile" -> {
                    profile = string(v, "profile");
                    profileLines.putIfAbsent(profile, line(v));
                }
                case "profiles" -> profiles = profiles(v, profileLines);
                case "rules" -> rules = rules(v, ruleLines);
                case "severityByStatus" -> byStatus = severityByStatus(v, ruleLines);
                case "includes" -> includes = globs(v, "includes");
                case "excludes" -> excludes = globs(v, "excludes");
                case "optionalSections" -> optionalSections = new LinkedHashSet<>(strings(v, "optionalSections"));
                case "placeholderPatterns" -> placeholderPatterns = patterns(v);
                case "finalStatuses" -> finalStatuses = new LinkedHashSet<>(strings(v, "finalStatuses"));
                case "extraStatuses" -> extraStatuses = new LinkedHashSet<>(strings(v, "extraStatuses"));
                case "maxFileBytes" -> maxFileBytes = positive(v, "maxFileBytes");
                case "sectionAliases" -> sectionAliases = listsByName(v, "sectionAliases",
                        "template section titles to the other titles specs use, e.g. {Summary: [Introduction]}");
                case "requiredIn" -> requiredIn = listsByName(v, "requiredIn",
                        "section titles or field names to the statuses they are required in, e.g. {Rollout: [Beta]}");
                case "uncheckedStatuses" -> uncheckedStatuses = new LinkedHashSet<>(strings(v, "uncheckedStatuses"));
                case "statusField" -> statusField = string(v, "statusField");
                case "completeIn" -> completeIn = new LinkedHashSet<>(strings(v, "completeIn"));
                case "ownOutlineWhen" -> ownOutlineWhen = listsByName(v, "ownOutlineWhen",
                        "metadata field names to the values that mark a spec of its own outline, e.g. {Type: [Process]}");
                case "requiredSince" -> requiredSince = requiredSince(v);
                case "requiredSections" -> requiredSections = new LinkedHashSet<>(strings(v, "requiredSections"));
                case "pluginPath" -> pluginPath = pluginPath(v);
                default -> throw fail(e.keyNode(), "unknown key '" + e.key() + "'" + Suggestions.didYouMean(e.key(),
                        KEYS) + "; the keys are: " + String.join(", ", KEYS));
            }
        }
        return new LintConfig(profile, profiles, rules, new FileSelection(includes, excludes, maxFileBytes),
                new TemplateSettings(optionalSections, placeholderPatterns, sectionAliases, requiredIn, requiredSince,
                        requiredSections),
                new StatusSettings(statusField, finalStatuses, extraStatuses, uncheckedStatuses, completeIn,
                        ownOutlineWhen, byStatus),
                pluginPath, source.withLines(ruleLines, profileLines));
    }

    /**
     * The jars, class folders and folders of jars {@code pluginPath:} names, resolved against the
     * config's directory; each must exist, so that a typo is an error here, not a rule that silently
     * never runs.
     */
    private List<Path> pluginPath(Node node) throws ConfigException {
        Path dir = source.directory().orElse(Path.of("").toAbsolutePath());
        List<Path> out = new ArrayList<>();
        // a string or a list of strings, as strings() reads them, keeping each entry's node for its line
        List<Node> items = node instanceof ScalarNode ? List.of(node)
                : sequence(node, "pluginPath", "a string or a list of strings");
        for (Node item : items) {
            String entry = string(item, node == item ? "pluginPath" : "an entry of pluginPath");
            Path p;
            try {
                p = dir.resolve(entry).normalize();
            } catch (InvalidPathException e) {
                throw fail(item, "pluginPath '" + entry + "' is not a valid path: " + e.getReason());
            }
            if (!Files.exists(p)) {
                throw fail(item, "pluginPath '" + entry + "': no such file or directory (" + p + "); give a rule "
                        + "jar, a class folder or a folder of jars, relative to the config's folder");
            }
            out.add(p);
        }
        return out;
    }

    private List<FileProfile> profiles(Node node, Map<String, Integer> profileLines) throws ConfigException {
        List<FileProfile> out = new ArrayList<>();
        for (Node item : sequence(node, "profiles", "a list of '- files: [globs]' / 'profile: ...' entries")) {
            List<String> files = null;
            String profile = null;
            for (Entry e : entries(item, "a profiles entry")) {
                switch (e.key()) {
                    case "files" -> files = globs(e.value(), "files");
                    case "profile" -> {
                        profile = string(e.value(), "profile");
                        profileLines.putIfAbsent(profile, line(e.value()));
                    }
                    default -> throw fail(e.keyNode(), "unknown key '" + e.key() + "' in a profiles entry"
                            + Suggestions.didYouMean(e.key(), PROFILE_ENTRY_KEYS) + "; an entry has 'files' and 'profile'");
                }
            }
            if (files == null || files.isEmpty() || profile == null) {
                throw fail(item, "a profiles entry needs 'files' (one or more globs) and 'profile'");
            }
            out.add(new FileProfile(files, profile));
        }
        return out;
    }

    private Map<String, RuleSettings> rules(Node node, Map<String, Integer> ruleLines) throws ConfigException {
        Map<String, RuleSettings> out = new LinkedHashMap<>();
        for (Entry e : entries(node, "rules")) {
            ruleLines.putIfAbsent(e.key(), line(e.keyNode()));
            out.put(e.key(), ruleSettings(e.key(), e.value()));
        }
        return out;
    }

    private RuleSettings ruleSettings(String id, Node node) throws ConfigException {
        if (node instanceof ScalarNode s) {
            if (s.getTag().equals(Tag.BOOL)) {
                return Boolean.parseBoolean(s.getValue()) ? RuleSettings.DEFAULT
                        : new RuleSettings(false, Optional.empty(), Map.of());
            }
            String level = s.getValue();
            return switch (level) {
                case "off" -> new RuleSettings(false, Optional.empty(), Map.of());
                case "on" -> RuleSettings.DEFAULT;
                case "warning", "error" -> new RuleSettings(true, Optional.of(Severity.parse(level)), Map.of());
                default -> throw fail(node, "rule '" + id + "' is set to " + describe(node)
                        + Suggestions.didYouMean(level.toLowerCase(Locale.ROOT), RULE_LEVELS) + ": use off, on, "
                        + "warning, error, or a mapping of severity, enabled and the rule's options");
            };
        }
        boolean enabled = true;
        Optional<Severity> severity = Optional.empty();
        Map<String, Object> options = new LinkedHashMap<>();
        for (Entry e : entries(node, "rule '" + id + "'")) {
            switch (e.key()) {
                case "severity" -> {
                    String level = string(e.value(), "severity of rule '" + id + "'");
                    if (level.equals("off")) {
                        enabled = false;
                    } else {
                        severity = Optional.of(severity(e.value(), level));
                    }
                }
                case "enabled" -> enabled = bool(e.value(), "enabled of rule '" + id + "'");
                default -> options.put(e.key(), value(e.value(), "option '" + e.key() + "' of rule '" + id + "'", 0));
            }
        }
        return new RuleSettings(enabled, severity, options);
    }

    private Map<String, Map<String, Severity>> severityByStatus(Node node, Map<String, Integer> ruleLines)
            throws ConfigException {
        Map<String, Map<String, Severity>> out = new LinkedHashMap<>();
        for (Entry status : entries(node, "severityByStatus")) {
            Map<String, Severity> severities = new LinkedHashMap<>();
            for (Entry rule : entries(status.value(), "severityByStatus." + status.key())) {
                ruleLines.putIfAbsent(rule.key(), line(rule.keyNode()));
                String level = string(rule.value(), "severity of rule '" + rule.key() + "'");
                severities.put(rule.key(), severity(rule.value(), level));
            }
            out.put(status.key(), severities);
        }
        return out;
    }

    private Severity severity(Node node, String level) throws ConfigException {
        return switch (level) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "off" -> throw fail(node, "severity 'off' is not one of error, warning: a status changes a rule's "
                    + "severity; turn the rule off under 'rules:'");
            default -> throw fail(node, "severity '" + level + "' is not one of error, warning"
                    + Suggestions.didYouMean(level.toLowerCase(Locale.ROOT), List.of("error", "warning")));
        };
    }

    private List<String> globs(Node node, String what) throws ConfigException {
        List<String> out = strings(node, what);
        for (String glob : out) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw fail(node, what + " glob '" + glob + "' is not a valid glob: " + e.getDescription()
                        + " at index " + e.getIndex());
            } catch (IllegalArgumentException e) {
                throw fail(node, what + " glob '" + glob + "' is not a valid glob: " + e.getMessage());
            }
        }
        return out;
    }

    /** A mapping of names to lists of strings; a single string counts as a list of one. */
    private Map<String, List<String>> listsByName(Node node, String what, String expected) throws ConfigException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode)) {
            throw fail(node, what + " must map " + expected + ", not " + describe(node));
        }
        for (Entry e : entries(node, what)) {
            String name = e.key().strip();
            if (name.isEmpty()) {
                throw fail(e.keyNode(), "a name in " + what + " is empty");
            }
            out.put(name, e.value() instanceof ScalarNode ? List.of(string(e.value(), what + " of '" + name + "'"))
                    : strings(e.value(), what + " of '" + name + "'"));
        }
        return out;
    }

    /** {@code requiredSince}: names to a date or spec number, each checked here so a bad one names its line. */
    private Map<String, String> requiredSince(Node node) throws ConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode)) {
            throw fail(node, "requiredSince must map section titles or field names to the date (YYYY-MM-DD) or spec "
                    + "number from which specs have them, e.g. {Prior art: 2018-03-01}, not " + describe(node));
        }
        for (Entry e : entries(node, "requiredSince")) {
            String name = e.key().strip();
            if (name.isEmpty()) {
                throw fail(e.keyNode(), "a name in requiredSince is empty");
            }
            // a number or date may be written unquoted: YAML reads 2333 as an int
            String text;
            if (e.value() instanceof ScalarNode sc && sc.getTag().equals(Tag.INT)) {
                count(sc);
                text = sc.getValue();
            } else {
                text = string(e.value(), "requiredSince of '" + name + "'");
            }
            try {
                Since.parse(text);
            } catch (IllegalArgumentException ex) {
                throw fail(e.value(), "requiredSince of '" + name + "': " + ex.getMessage()
                        + "; write the date (YYYY-MM-DD) or the spec number from which specs have it");
            }
            out.put(name, text.strip());
        }
        return out;
    }

    private List<String> patterns(Node node) throws ConfigException {
        List<String> out = strings(node, "placeholderPatterns");
        for (String pattern : out) {
            try {
                PlaceholderSyntax.withPatterns(List.of(pattern));
            } catch (IllegalArgumentException e) {
                throw fail(node, e.getMessage());
            }
        }
        return out;
    }

    // ---- typed access to nodes ----

    private List<Entry> entries(Node node, String what) throws ConfigException {
        count(node);
        if (!(node instanceof MappingNode mapping)) {
            throw fail(node, what + " must be a mapping ('key: value' lines), not " + describe(node));
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : mapping.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks) || ks.getTag().equals(Tag.NULL)) {
                throw fail(k, "a key in " + what + " must be a plain name, not " + describe(k));
            }
            if (!seen.add(ks.getValue())) {
                throw fail(k, "key '" + ks.getValue() + "' appears twice in " + what + ": keep one");
            }
            out.add(new Entry(ks.getValue(), k, t.getValueNode()));
        }
        return out;
    }

    private List<Node> sequence(Node node, String what, String expected) throws ConfigException {
        count(node);
        if (!(node instanceof SequenceNode s)) {
            throw fail(node, what + " must be " + expected + ", not " + describe(node));
        }
        return s.getValue();
    }

    private String string(Node node, String what) throws ConfigException {
        count(node);
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            if (s.getValue().isBlank()) {
                throw fail(node, what + " is empty: give a value or remove the key");
            }
            return s.getValue();
        }
        boolean quotable = node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL);
        throw fail(node, what + " must be a string, not " + describe(node) + (quotable ? " (quote it: \"...\")" : ""));
    }

    /** A string or a list of strings. */
    private List<String> strings(Node node, String what) throws ConfigException {
        if (node instanceof ScalarNode) {
            return List.of(string(node, what));
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence(node, what, "a string or a list of strings")) {
            out.add(string(item, "an entry of " + what));
        }
        return out;
    }

    private boolean bool(Node node, String what) throws ConfigException {
        count(node);
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(s.getValue());
        }
        throw fail(node, what + " must be true or false, not " + describe(node));
    }

    private long positive(Node node, String what) throws ConfigException {
        count(node);
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                long n = Long.parseLong(s.getValue());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
        }
        throw fail(node, what + " must be a whole number of bytes above 0, not " + describe(node));
    }

    /** A rule option: string, number, boolean, list or mapping of these. */
    private Object value(Node node, String what, int depth) throws ConfigException {
        count(node);
        if (depth > MAX_DEPTH) {
            throw fail(node, what + " is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            if (tag.equals(Tag.NULL)) {
                throw fail(node, what + " has no value: give one or remove the key");
            }
            if (tag.equals(Tag.BOOL)) {
                return Boolean.parseBoolean(s.getValue());
            }
            if (tag.equals(Tag.INT)) {
                try {
                    return Long.parseLong(s.getValue());
                } catch (NumberFormatException e) {
                    throw fail(node, what + " is a number too large: " + s.getValue());
                }
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(s.getValue());
            }
            return s.getValue();
        }
        if (node instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            for (Node item : s.getValue()) {
                out.add(value(item, what, depth + 1));
            }
            return List.copyOf(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : entries(node, what)) {
            out.put(e.key(), value(e.value(), what, depth + 1));
        }
        return Collections.unmodifiableMap(out);
    }

    private void count(Node node) throws ConfigException {
        if (++values > MAX_VALUES) {
            throw fail(node, "the config holds more than " + MAX_VALUES + " values (YAML aliases repeat what they "
                    + "point to): a spec-lint config needs far fewer");
        }
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        if (s.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        if (s.getTag().equals(Tag.STR)) {
            return "'" + s.getValue() + "'";
        }
        if (s.getTag().equals(Tag.BOOL) || s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) {
            return s.getValue();
        }
        return "'" + s.getValue() + "' (tagged " + s.getTag() + ")";
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private ConfigException fail(Node node, String problem) {
        return new ConfigException(source.name().orElse("config") + ":" + line(node) + ": " + problem);
    }

    private static Set<String> orderedSet(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}
