package dev.speclint.core.scaffold;

import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.SpecParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills a template's metadata ({@code **Spec ID:**}, {@code **Title:**}, {@code **Created:**},
 * {@code **Status:**}, {@code **Version:**}, {@code **Author:**} lines or the same keys of YAML front
 * matter) and its first H1 for a new spec. Everything else, placeholders included, is left for the
 * author to write. Only fields the template has are filled: the template is the schema. Used by
 * {@code spec-lint new} and the Maven plugin's {@code spec-lint:new} alike.
 */
public final class SpecTemplateFiller {

    /** A status field listing its allowed values: {@code Draft/Approved}. */
    private static final Pattern ALTERNATIVES = Pattern.compile("[\\p{L}\\p{N} _-]+(\\s*/\\s*[\\p{L}\\p{N} _-]+)+");
    /** The status used when neither the caller nor the template says one. */
    public static final String DEFAULT_STATUS = "Draft";

    private final SpecParser parser;

    public SpecTemplateFiller(SpecParser parser) {
        this.parser = parser;
    }

    /** The new spec's Markdown: {@code template} with {@code fields} filled in, LF line ends. */
    public String fill(String template, SpecFields fields) {
        SpecDocument doc = parser.parse("template", template);
        List<String> lines = new ArrayList<>(doc.lines());
        Set<String> done = new HashSet<>();
        for (MetadataField f : doc.metadata()) {
            String key = f.normalizedKey();
            if (!done.add(key)) {
                continue;
            }
            valueFor(key, f.value(), fields).ifPresent(v -> {
                int idx = f.line() - 1;
                lines.set(idx, replaceValue(lines.get(idx), f, v));
            });
        }
        firstH1(doc.sections()).ifPresent(h -> {
            int idx = h.line() - 1;
            lines.set(idx, replaceHeading(lines.get(idx), fields.title()));
        });
        String out = String.join("\n", lines);
        return out.endsWith("\n") ? out : out + "\n";
    }

    private static Optional<String> valueFor(String key, String templateValue, SpecFields f) {
        return switch (key) {
            case "spec id", "id" -> Optional.of(f.specId());
            case "title" -> Optional.of(f.title());
            case "created", "date", "created on" -> Optional.of(f.created().toString());
            case "status" -> Optional.of(f.status().orElseGet(() -> firstAlternative(templateValue)));
            case "version" -> Optional.of(f.version());
            case "author", "authors", "owner" -> f.author();
            default -> Optional.empty();
        };
    }

    /** {@code Draft} of {@code Draft/Approved}; {@link #DEFAULT_STATUS} when the value lists none. */
    public static String firstAlternative(String templateValue) {
        String v = templateValue.strip();
        if (ALTERNATIVES.matcher(v).matches()) {
            return v.substring(0, v.indexOf('/')).strip();
        }
        return DEFAULT_STATUS;
    }

    /** The line with the field's value replaced; what follows the value (a hard break) is kept. */
    private static String replaceValue(String line, MetadataField f, String value) {
        int start = Math.min(f.valueColumn() - 1, line.length());
        String rest = line.substring(start);
        int end = rest.length();
        while (end > 0 && Character.isWhitespace(rest.charAt(end - 1))) {
            end--;
        }
        String tail = rest.substring(end);
        String body = rest.substring(0, end);
        if (f.origin() == MetadataField.Origin.HEADER) {
            if (body.endsWith("\\")) {
                tail = "\\" + tail;
            }
            String prefix = line.substring(0, start);
            // `**Key:**` directly followed by the value in the template: keep one space
            if (!prefix.isEmpty() && !prefix.endsWith(" ")) {
                prefix = prefix + " ";
            }
            return prefix + value + tail;
        }
        return line.substring(0, start) + yamlScalar(value) + tail;
    }

    private static String yamlScalar(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String replaceHeading(String line, String title) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("#")) {
            int indent = line.length() - stripped.length();
            int hashes = 0;
            while (hashes < stripped.length() && stripped.charAt(hashes) == '#') {
                hashes++;
            }
            return line.substring(0, indent) + "#".repeat(hashes) + " " + title;
        }
        return title; // setext: the underline on the next line stays
    }

    private static Optional<Section> firstH1(List<Section> sections) {
        for (Section s : sections) {
            if (s.level() == 1) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
