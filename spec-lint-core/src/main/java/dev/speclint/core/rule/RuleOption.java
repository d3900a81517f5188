package dev.speclint.core.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One option a rule takes, declared once: its name, the kind of value, its default and what it
 * means. A rule lists its options in {@link Rule#options()}; from that list the engine rejects
 * options the rule does not take (with a did-you-mean) and values of the wrong kind, naming the
 * config's line, before any file is linted. The rule reads a value with
 * {@link RuleOptions#get(RuleOption)} (the default when the config does not set it) or
 * {@link RuleOptions#find(RuleOption)} (empty then, for defaults the template decides), so the
 * option's name and default are written in one place.
 *
 * @param <T> the Java type of the value
 */
public final class RuleOption<T> {

    /** The kinds of value an option holds, as YAML writes them. */
    public enum Kind {
        /** {@code true} or {@code false}. */
        BOOLEAN("true or false"),
        /** One string. */
        STRING("a string"),
        /** A string or a list of strings (one string is a list of one). */
        STRINGS("a string or a list of strings"),
        /** A mapping of names to strings, e.g. field name to regular expression. */
        STRING_MAP("a mapping of names to strings");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /**
         * How messages and docs describe a value of this kind.
         *
         * @return e.g. {@code true or false}
         */
        public String description() {
            return description;
        }
    }

    private final String name;
    private final Kind kind;
    private final T defaultValue;
    private final String defaultText;
    private final String description;

    private RuleOption(String name, Kind kind, T defaultValue, String defaultText, String description) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.defaultValue = defaultValue;
        this.defaultText = Objects.requireNonNull(defaultText);
        this.description = Objects.requireNonNull(description);
    }

    /**
     * A boolean option with a fixed default.
     *
     * @param name the option's name, as the config writes it
     * @param defaultValue the value when the config does not set it
     * @param description what the option does, one sentence
     * @return the declaration
     */
    public static RuleOption<Boolean> bool(String name, boolean defaultValue, String description) {
        return new RuleOption<>(name, Kind.BOOLEAN, defaultValue, String.valueOf(defaultValue), description);
    }

    /**
     * A boolean option whose default the rule works out (from the template, say): read it with
     * {@link RuleOptions#find(RuleOption)}.
     *
     * @param name the option's name, as the config writes it
     * @param defaultText how docs describe the default, e.g. {@code true when the template has one H1}
     * @param description what the option does, one sentence
     * @return the declaration
     */
    public static RuleOption<Boolean> bool(String name, String defaultText, String description) {
        return new RuleOption<>(name, Kind.BOOLEAN, null, defaultText, description);
    }

    /**
     * A string option whose default the rule works out: read it with {@link RuleOptions#find(RuleOption)}.
     *
     * @param name the option's name, as the config writes it
     * @param defaultText how docs describe what applies when it is not set, e.g. {@code Spec ID}
     * @param description what the option does, one sentence
     * @return the declaration
     */
    public static RuleOption<String> string(String name, String defaultText, String description) {
        return new RuleOption<>(name, Kind.STRING, null, defaultText, description);
    }

    /**
     * A list-of-strings option, empty by default.
     *
     * @param name the option's name, as the config writes it
     * @param description what the option does, one sentence
     * @return the declaration
     */
    public static RuleOption<List<String>> strings(String name, String description) {
        return new RuleOption<>(name, Kind.STRINGS, List.of(), "none", description);
    }

    /**
     * A list-of-strings option whose default the rule works out: read it with
     * {@link RuleOptions#find(RuleOption)}.
     *
     * @param name the option's name, as the config writes it
     * @param defaultText how docs describe the default, e.g. {@code the fields the template writes as dates}
     * @param description what the option does, one sentence
     * @return the declaration
     */
    public static RuleOption<List<String>> strings(String name, String defaultText, String description) {
        return new RuleOption<>(name, Kind.STRINGS, null, defaultText, description);
    }

    /**
     * A mapping-of-strings option, empty by default.
     *
     * @param name the option's name, as the config writes it
     * @param description what the option does, one sentence
     * @return the declaration
     */
    public static RuleOption<Map<String, String>> stringMap(String name, String description) {
        return new RuleOption<>(name, Kind.STRING_MAP, Map.of(), "none", description);
    }

    /**
     * The option's name.
     *
     * @return the name, as the config writes it
     */
    public String name() {
        return name;
    }

    /**
     * The kind of value it holds.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * How docs state the default.
     *
     * @return e.g. {@code false}, or {@code true when the template has exactly one H1}
     */
    public String defaultText() {
        return defaultText;
    }

    /**
     * What the option does.
     *
     * @return one sentence
     */
    public String description() {
        return description;
    }

    /**
     * The value when the config does not set it.
     *
     * @return the fixed default; empty when the rule works it out
     */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * The value {@code options} gives, converted to {@code T}; empty when it gives none.
     *
     * @throws IllegalArgumentException naming the option and rule when the value is of another kind
     */
    @SuppressWarnings("unchecked")
    Optional<T> convert(RuleOptions options) {
        if (!options.values().containsKey(name)) {
            return Optional.empty();
        }
        Object value = switch (kind) {
            case BOOLEAN -> options.bool(name, false);
            case STRING -> options.string(name).orElseThrow();
            case STRINGS -> options.strings(name);
            case STRING_MAP -> stringMap(options);
        };
        return Optional.of((T) value);
    }

    private Map<String, String> stringMap(RuleOptions options) {
        Object raw = options.values().get(name);
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("option '" + name + "' of rule '" + options.ruleId() + "' must be "
                    + kind.description() + ", e.g. {Spec ID: '^SPEC-\\d+$'}, not '" + raw + "'");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new IllegalArgumentException("option '" + name + "' of rule '" + options.ruleId() + "': the "
                        + "value of '" + e.getKey() + "' must be a string, not '" + e.getValue() + "'");
            }
            out.put(String.valueOf(e.getKey()), s);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return name + " (" + kind.description() + ", default " + defaultText + ")";
    }
}
