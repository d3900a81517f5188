package dev.speclint.core.template;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.Table;
import dev.speclint.core.document.TableCell;
import dev.speclint.core.document.TitleKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *   <li>lines holding a placeholder, or under a pattern heading, are boilerplate.</li>
 * </ul>
 */
public final class TemplateCompiler {

    private static final String OPTIONAL_MARK = "(optional)";

    private final PlaceholderSyntax placeholders;
    private final Set<String> optionalKeys;
    private final Set<String> finalStatuses;
    private final Set<String> extraStatuses;

    /**
     * @param placeholders the placeholder syntax (built-in plus the config's patterns)
     * @param optionalSections titles the config makes optional
     * @param finalStatuses statuses that mean "finished"
     */
    public TemplateCompiler(PlaceholderSyntax placeholders, Set<String> optionalSections, Set<String> finalStatuses) {
        this(placeholders, optionalSections, finalStatuses, Set.of());
    }

    /**
     * @param placeholders the placeholder syntax (built-in plus the config's patterns)
     * @param optionalSections titles the config makes optional
     * @param finalStatuses statuses that mean "finished"
     * @param extraStatuses statuses allowed beside those the template lists
     */
    public TemplateCompiler(PlaceholderSyntax placeholders, Set<String> optionalSections, Set<String> finalStatuses,
            Set<String> extraStatuses) {
        this.extraStatuses = Set.copyOf(extraStatuses);
        this.placeholders = placeholders;
        Set<String> keys = new HashSet<>();
        for (String title : optionalSections) {
            keys.add(sectionKey(title));
        }
        this.optionalKeys = keys;
        this.finalStatuses = Set.copyOf(finalStatuses);
    }

    /** Compiles {@code template}, named {@code name} in messages. */
    public TemplateSchema compile(String name, SpecDocument template) {
        List<SectionSpec> sections = new ArrayList<>();
        boolean titleHeading = template.sections().size() == 1 && template.sections().get(0).level() == 1;
        for (Section s : template.sections()) {
            SectionSpec spec = sectionSpec(s, template);
            if (titleHeading) {
                // the one H1 above everything is the document's title: each spec writes its own
                spec = new SectionSpec(spec.level(), spec.title(), spec.key(), true, true, spec.line(), spec.children());
            }
            sections.add(spec);
        }
        return new TemplateSchema(name, sections, fields(template), checklists(template), tables(template),
                boilerplate(template), placeholders, finalStatuses, extraStatuses);
    }

    /** The key a section title matches by: its {@code (Optional)} mark dropped. */
    public static String sectionKey(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        int mark = lower.indexOf(OPTIONAL_MARK);
        String stripped = mark < 0 ? title : title.substring(0, mark) + title.substring(mark + OPTIONAL_MARK.length());
        return TitleKey.of(stripped);
    }

    private SectionSpec sectionSpec(Section s, SpecDocument template) {
        // sections are at most six levels deep: recursion is bounded
        List<SectionSpec> children = new ArrayList<>();
        for (Section child : s.children()) {
            children.add(sectionSpec(child, template));
        }
        String key = sectionKey(s.title());
        boolean optional = s.title().toLowerCase(Locale.ROOT).contains(OPTIONAL_MARK) || optionalKeys.contains(key);
        boolean pattern = placeholders.matches(s.title()) || isCodeTitle(template.lines().get(s.line() - 1));
        return new SectionSpec(s.level(), s.title(), key, !optional, pattern, s.line(), children);
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

    private List<FieldSpec> fields(SpecDocument template) {
        List<FieldSpec> out = new ArrayList<>();
        for (MetadataField f : template.metadata()) {
            boolean mustReplace = placeholders.matches(f.value());
            List<String> choices = mustReplace ? List.of() : choices(f.value());
            out.add(new FieldSpec(f.key(), f.normalizedKey(), f.value(), choices, mustReplace, f.origin()));
        }
        return out;
    }

    /**
     * The alternatives of a value written as a choice ({@code Draft/Approved}, {@code High | Low}),
     * or an empty list when the value is not one.
     */
    public static List<String> choices(String value) {
        if (value.contains("://") || value.isBlank()) {
            return List.of();
        }
        String separator = value.contains("/") ? "/" : value.contains("|") ? "\\|" : null;
        if (separator == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.split(separator, -1)) {
            String p = part.strip();
            if (p.isEmpty() || !Character.isLetter(p.charAt(0)) || p.split("\\s+").length > 3) {
                return List.of();
            }
            parts.add(p);
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    private List<ChecklistSpec> checklists(SpecDocument template) {
        Map<Integer, List<String>> bySection = new LinkedHashMap<>();
        for (ChecklistItem item : template.checklist()) {
            if (item.sectionLine() == 0 || placeholders.matches(item.text())) {
                continue;
            }
            bySection.computeIfAbsent(item.sectionLine(), k -> new ArrayList<>()).add(item.text());
        }
        List<ChecklistSpec> out = new ArrayList<>();
        bySection.forEach((line, items) -> {
            Section section = template.sectionAt(line).orElseThrow();
            out.add(new ChecklistSpec(section.title(), sectionKey(section.title()), items));
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
                    section.map(s -> sectionKey(s.title())).orElse(""), columns, choices, t.line()));
        }
        return out;
    }

    private Set<String> boilerplate(SpecDocument template) {
        Set<Integer> headingLines = new HashSet<>();
        List<int[]> patternRanges = new ArrayList<>();
        for (Section s : template.allSections()) {
            headingLines.add(s.line());
            if (s.level() > 1 && placeholders.matches(s.title())) {
                // the pattern's own content: its example lines, not its subsections' (they have their
                // own specs), and never the whole document under a `# [Title]`
                int end = s.children().isEmpty() ? s.endLine() : s.children().get(0).line() - 1;
                patternRanges.add(new int[] {s.line(), end});
            }
        }
        Set<String> out = new HashSet<>();
        for (int ln = 1; ln <= template.lineCount(); ln++) {
            if (headingLines.contains(ln) || template.inCodeBlock(ln)) {
                continue;
            }
            String normalized = TemplateSchema.normalizeLine(template.lines().get(ln - 1));
            if (!hasLetterOrDigit(normalized)) {
                continue;
            }
            if (placeholders.matches(template.proseLines().get(ln - 1)) || within(patternRanges, ln)) {
                out.add(normalized);
            }
        }
        return out;
    }

    private static boolean within(List<int[]> ranges, int line) {
        for (int[] r : ranges) {
            if (line >= r[0] && line <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
