package dev.speclint.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's options from the config, read with typed getters that name the option on a wrong type.
 *
 * @param ruleId the rule these options belong to, for messages
 * @param values option name to value: strings, numbers, booleans and lists of strings, as YAML gives
 */
public record RuleOptions(String ruleId, Map<String, Object> values) {

    /**
     * Copies the values.
     *
     * @param ruleId the rule these options belong to, for messages
     * @param values option name to value; no null keys or values
     */
    public RuleOptions {
        values = Map.copyOf(values);
    }

    /**
     * No options.
     *
     * @param ruleId the rule, for messages
     * @return options with no values
     */
    public static RuleOptions none(String ruleId) {
        return new RuleOptions(ruleId, Map.of());
    }

    /**
     * The value of {@code option}, or its default when the config does not set it.
     *
     * @param <T> the option's value type
     * @param option the option, as the rule declares it
     * @return the config's value, else the declared default
     * @throws IllegalArgumentException when the value is of another kind
     * @throws IllegalStateException when the option has no fixed default (read it with {@link #find})
     */
    public <T> T get(RuleOption<T> option) {
        return option.convert(this).or(option::defaultValue).orElseThrow(() -> new IllegalStateException(
                "option '" + option.name() + "' has no fixed default (" + option.defaultText() + "): read it with find"));
    }

    /**
     * The value of {@code option} when the config sets it.
     *
     * @param <T> the option's value type
     * @param option the option, as the rule declares it
     * @return the config's value, or empty when the config does not set it
     * @throws IllegalArgumentException when the value is of another kind
     */
    public <T> Optional<T> find(RuleOption<T> option) {
        return option.convert(this);
    }

    /**
     * A string option.
     *
     * @param name the option's name
     * @return its value, or empty when the config does not set it
     * @throws IllegalArgumentException naming the option when its value is not a string
     */
    public Optional<String> string(String name) {
        Object v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        throw wrongType(name, "a string", v);
    }

    /**
     * A boolean option.
     *
     * @param name the option's name
     * @param fallback the value when the config does not set it
     * @return its value, or {@code fallback}
     * @throws IllegalArgumentException naming the option when its value is not true or false
     */
    public boolean bool(String name, boolean fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "true or false", v);
    }

    /**
     * A whole-number option; a fractional number is truncated toward zero.
     *
     * @param name the option's name
     * @param fallback the value when the config does not set it
     * @return its value, or {@code fallback}
     * @throws IllegalArgumentException naming the option when its value is not a number
     */
    public int integer(String name, int fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw wrongType(name, "a whole number", v);
    }

    /**
     * A list of strings; a single string counts as a list of one.
     *
     * @param name the option's name
     * @return its values; empty when the config does not set it
     * @throws IllegalArgumentException naming the option when its value is neither a string nor a
     *     list of strings
     */
    public List<String> strings(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw wrongType(name, "a list of strings", v);
    }

    private IllegalArgumentException wrongType(String name, String expected, Object actual) {
        return new IllegalArgumentException("option '" + name + "' of rule '" + ruleId + "' must be " + expected
                + ", not '" + actual + "'");
    }
}
