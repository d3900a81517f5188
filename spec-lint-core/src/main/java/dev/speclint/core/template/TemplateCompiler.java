package dev.speclint.core.template;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.HtmlComment;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.Table;
import dev.speclint.core.document.TableCell;
import dev.speclint.core.document.TitleKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Learns a {@link TemplateSchema} from a template document: the template is the schema.
 *
 * <ul>
 *   <li>headings give the sections, their order and level; {@code (Optional)} in a title, or the
 *       config, makes one optional; a title holding a placeholder is a pattern;</li>
 *   <li>{@code **Key:** value} header lines give required fields; {@code Draft/Approved} lists the
 *       allowed values, a placeholder value must be replaced;</li>
 *   <li>task items without placeholders are required in their section;</li>
 *   <li>tables give their columns, and cells like {@code High/Medium/Low} the allowed values;</li>
 *   <li>lines holding a placeholder, or under a pattern heading, are boilerplate;</li>
 *   <li>the built-in placeholder forms the template uses ({@code [Name]}, {@code XXX}) are the ones
 *       looked for in specs, beside the config's patterns.</li>
 * </ul>
 */
public final class TemplateCompiler {

    private final TemplateOptions options;
    private final PlaceholderSyntax placeholders;
    private final Set<String> optionalKeys;
    private final Map<String, List<String>> aliasKeys;
    private final Map<String, Set<String>> requiredInKeys;
    private final Map<String, Since> sinceKeys;
    private final Set<String> requiredSectionKeys;

    /** A compiler with what the config says beyond the template. */
    public TemplateCompiler(TemplateOptions options) {
        this.options = options;
        this.placeholders = options.placeholders();
        this.optionalKeys = options.optionalKeys();
        this.aliasKeys = options.aliasKeys();
        this.requiredInKeys = options.requiredInKeys();
        this.sinceKeys = options.requiredSinceKeys();
        this.requiredSectionKeys = options.requiredSectionKeys();
    }

    /** Compiles {@code template}, named {@code name} in messages. */
    public TemplateSchema compile(String name, SpecDocument template) {
        PlaceholderSyntax learned = placeholders.learnedFrom(template);
        List<SectionSpec> sections = new ArrayList<>();
        boolean titleHeading = template.sections().size() == 1 && template.sections().get(0).level() == 1;
        for (Section s : template.sections()) {
            SectionSpec spec = sectionSpec(s, template, learned);
            sections.add(titleHeading ? spec.asTitle() : spec);
        }
        return new TemplateSchema(name, SectionSpec.withDistinctStems(sections), fields(template, learned),
                checklists(template, learned), tables(template), Boilerplate.of(template, learned), learned);
    }

    private SectionSpec sectionSpec(Section s, SpecDocument template, PlaceholderSyntax learned) {
        // sections are at most six levels deep: recursion is bounded
        List<SectionSpec> children = new ArrayList<>();
        for (Section child : s.children()) {
            children.add(sectionSpec(child, template, learned));
        }
        String key = SectionKeys.of(s.title());
        boolean pattern = learned.matches(s.title()) || isCodeTitle(template.lines().get(s.line() - 1));
        Set<String> requiredIn = requiredInKeys.getOrDefault(key, Set.of());
        String because = optionalBecause(s, key, template);
        String guidance = guidance(s, template);
        // distinct stems depend on the siblings: the caller computes them for its level
        return new SectionSpec(s.level(), s.title(), key, because.isEmpty(), pattern, s.line(),
                SectionSpec.withDistinctStems(children), aliasKeys.getOrDefault(key, List.of()), because, requiredIn,
                sinceKeys.getOrDefault(key, Since.ALWAYS), guidance, SectionKeys.stems(guidance), Set.of(),
                SectionAnchor.of(s, template));
    }

    /**
     * The template's text under {@code s} before its first subsection, as {@link SectionSpec#guidance}
     * describes it; line breaks are {@code \n}.
     */
    private static String guidance(Section s, SpecDocument template) {
        int bodyEnd = s.ownEndLine();
        List<String> lines = new ArrayList<>();
        for (int ln = s.line() + 1; ln <= bodyEnd; ln++) {
            String raw = template.lines().get(ln - 1);
            if (!template.inCodeBlock(ln) && isReferenceDefinition(raw)) {
                continue;
            }
            lines.add(raw.stripTrailing());
        }
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }

    /**
     * Why the template or config makes {@code s} optional, as "line N: the words", or empty: a marker
     * in its title, the first words of its guidance (a comment just above the heading or first in the
     * section, else its first paragraph), or the config's {@code optionalSections}.
     */
    private String optionalBecause(Section s, String key, SpecDocument template) {
        Optional<String> mark = OptionalMarks.marker(s.title());
        if (mark.isPresent()) {
            return "line " + s.line() + ": " + mark.get() + " in the title";
        }
        if (optionalKeys.contains(key)) {
            return "config optionalSections";
        }
        if (!requiredSectionKeys.isEmpty() && !requiredSectionKeys.contains(key) && !(s.level() == 1
                && template.sections().size() == 1)) {
            return "config requiredSections does not list it";
        }
        int bodyEnd = s.ownEndLine();
        for (HtmlComment c : template.comments()) {
            boolean above = c.endLine() < s.line() && blankBetween(template, c.endLine(), s.line());
            boolean first = c.line() > s.line() && c.line() <= bodyEnd && blankBetween(template, s.line(), c.line());
            if ((above || first) && OptionalMarks.saysOptional(c.body())) {
                return "line " + c.line() + ": " + quote(template.lines().get(c.line() - 1));
            }
        }
        for (int ln = s.line() + 1; ln <= bodyEnd; ln++) {
            String text = template.proseLines().get(ln - 1);
            if (text.isBlank() || template.inCodeBlock(ln)) {
                continue;
            }
            String raw = template.lines().get(ln - 1);
            if (isReferenceDefinition(raw)) {
                continue; // a reference definition such as Rust's `[summary]: #summary`
            }
            return OptionalMarks.saysOptional(raw) ? "line " + ln + ": " + quote(raw) : "";
        }
        return "";
    }

    /** A link reference definition such as Rust's {@code [summary]: #summary}. */
    private static boolean isReferenceDefinition(String raw) {
        return raw.strip().startsWith("[") && raw.contains("]:");
    }

    private static boolean blankBetween(SpecDocument doc, int from, int to) {
        for (int ln = from + 1; ln < to; ln++) {
            if (!doc.lines().get(ln - 1).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} trimmed to at most 80 characters for messages. */
    public static String quote(String text) {
        String t = TemplateSchema.normalizeLine(text);
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    /**
     * Whether a heading line's title is one code span ({@code #### `POST /api/v1/resource`}): it names
     * an example (an endpoint, a class, a file) that each spec replaces with its own.
     */
    static boolean isCodeTitle(String headingLine) {
        String t = headingLine.strip();
        int i = 0;
        while (i < t.length() && t.charAt(i) == '#') {
            i++;
        }
        t = t.substring(i).strip();
        while (t.endsWith("#")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.length() > 2 && t.startsWith("`") && t.endsWith("`") && t.indexOf('`', 1) == t.length() - 1;
    }

    private List<FieldSpec> fields(SpecDocument template, PlaceholderSyntax learned) {
        List<FieldSpec> out = new ArrayList<>();
        String fromHereOn = "";
        int previousLine = 0;
        for (MetadataField f : template.metadata()) {
            // a note before or between fields ("*During the review process, add the following fields as
            // needed:*", a front matter comment "# These are optional metadata elements.") makes the fields
            // after it optional
            for (int ln = previousLine + 1; ln < f.line(); ln++) {
                String between = template.lines().get(ln - 1);
                boolean note = f.origin() == MetadataField.Origin.FRONT_MATTER ? between.strip().startsWith("#")
                        : !between.strip().startsWith("#");
                if (note && !between.isBlank() && OptionalMarks.saysOptional(between.strip().replaceFirst("^#+", ""))) {
                    fromHereOn = "line " + ln + ": " + quote(between);
                }
            }
            previousLine = f.line();
            Optional<String> mark = OptionalMarks.marker(f.value());
            String value = mark.isPresent() ? OptionalMarks.withoutMarkers(f.value()) : f.value();
            boolean mustReplace = (f.origin() == MetadataField.Origin.HEADER ? learned.matchesInHeader(value)
                    : learned.matches(value)) || learned.matchesTarget(value);
            List<String> choices = mustReplace ? List.of() : choices(value);
            Set<String> requiredIn = requiredInKeys.getOrDefault(SectionKeys.of(f.key()), Set.of());
            String because = mark.map(m -> "line " + f.line() + ": " + m + " before the value")
                    .orElse(optionalKeys.contains(f.normalizedKey()) ? "config optionalSections" : fromHereOn);
            out.add(new FieldSpec(f.key(), f.normalizedKey(), value, choices, mustReplace, f.origin(), f.line(),
                    because, requiredIn, options.sectionAliases().entrySet().stream()
                            .filter(e -> SectionKeys.of(e.getKey()).equals(SectionKeys.of(f.key())))
                            .flatMap(e -> e.getValue().stream()).toList(),
                    sinceKeys.getOrDefault(SectionKeys.of(f.key()), Since.ALWAYS)));
        }
        return out;
    }

    /**
     * The alternatives of a value written as a choice ({@code Draft/Approved}, {@code High | Low},
     * {@code **Awaiting review** or **Accepted**}, {@code <proposed, accepted, or rejected>},
     * {@code {a | b | c}}), or an empty list when the value is not one.
     */
    public static List<String> choices(String value) {
        String v = value.strip();
        if (v.contains("://") || v.isBlank() || v.contains("](")) {
            return List.of();
        }
        if (v.length() > 2 && (v.startsWith("<") && v.endsWith(">") || v.startsWith("{") && v.endsWith("}"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        String[] parts;
        if (v.contains("/")) {
            parts = v.split("/", -1);
        } else if (v.contains("|")) {
            parts = v.split("\\|", -1);
        } else if (v.matches("(?i).*\\sor\\s.*")) {
            parts = v.split("(?i)\\s*,?\\s+or\\s+|\\s*,\\s*", -1);
        } else {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String p = StatusPolicy.plain(part);
            if (p.isEmpty() || !Character.isLetter(p.charAt(0)) || p.split("\\s+").length > 3) {
                return List.of();
            }
            out.add(p);
        }
        return out.size() >= 2 ? out : List.of();
    }

    private List<ChecklistSpec> checklists(SpecDocument template, PlaceholderSyntax learned) {
        Map<Integer, List<String>> bySection = new LinkedHashMap<>();
        for (ChecklistItem item : template.checklist()) {
            if (item.sectionLine() == 0 || learned.matches(item.text())) {
                continue;
            }
            bySection.computeIfAbsent(item.sectionLine(), k -> new ArrayList<>()).add(item.text());
        }
        List<ChecklistSpec> out = new ArrayList<>();
        bySection.forEach((line, items) -> {
            Section section = template.sectionAt(line).orElseThrow();
            String key = SectionKeys.of(section.title());
            out.add(new ChecklistSpec(section.title(), key, items, PickOne.saidIn(section, template),
                    requiredInKeys.getOrDefault(key, Set.of()), sinceKeys.getOrDefault(key, Since.ALWAYS)));
        });
        return out;
    }

    private List<TableSpec> tables(SpecDocument template) {
        List<TableSpec> out = new ArrayList<>();
        for (Table t : template.tables()) {
            Optional<Section> section = t.sectionLine() == 0 ? Optional.empty() : template.sectionAt(t.sectionLine());
            Map<Integer, List<String>> choices = new LinkedHashMap<>();
            for (List<TableCell> row : t.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    List<String> alternatives = choices(row.get(c).text());
                    if (!alternatives.isEmpty()) {
                        choices.putIfAbsent(c, alternatives);
                    }
                }
            }
            List<String> columns = t.header().stream().map(TableCell::text).toList();
            out.add(new TableSpec(section.map(Section::title).orElse(""),
                    section.map(s -> SectionKeys.of(s.title())).orElse(""), columns, choices, t.line()));
        }
        return out;
    }
}
