package dev.speclint.core.index;

import dev.speclint.core.document.ChecklistItem;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.TitleKey;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.template.FieldSpec;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link SpecEntry index entries}. The status is the template's status field (config
 * {@code statusField}); id, author and dates are read from whichever metadata the spec has (header
 * lines, bullet-list metadata or front matter), by the names templates commonly give them, the
 * template's own field names first.
 */
public final class SpecIndexer {

    private static final List<String> ID_KEYS = List.of("spec id", "id", "proposal", "rfc", "adr", "otep", "number");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors", "author(s)", "owner", "owners",
            "deciders", "proposed by");
    private static final List<String> CREATED_KEYS = List.of("created", "date", "start date", "created on",
            "proposed", "started");
    private static final List<String> UPDATED_KEYS = List.of("updated", "last updated", "last modified",
            "modified", "revised");
    /** An id at the start of a file name: {@code SPEC-PAY-101-...}, {@code 0042-...}, {@code ADR-7...}. */
    private static final Pattern FILE_ID = Pattern.compile("^((?:[A-Za-z]+-)*\\d+)(?=[-_. ]|$)");

    /** A Markdown link or image: {@code [text](target)}; group 1 is the text. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    /** The marks of an ATX heading line: leading {@code #}s and a closing sequence. */
    private static final Pattern ATX_MARKS = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)|\\s+#+\\s*$");

    /** Strong emphasis marks, dropped from metadata text. */
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");

    private SpecIndexer() {
    }

    /** The entry of a parsed spec, linted against {@code schema} under {@code policy} with {@code findings}. */
    public static SpecEntry entry(String file, SpecDocument document, TemplateSchema schema, StatusPolicy policy,
            List<Violation> findings) {
        String status = policy.status(document).map(v -> known(v, schema, policy)).orElse("");
        int[] coverage = SectionMatch.of(schema, document).coverage(schema, policy);
        int ticked = 0;
        for (ChecklistItem item : document.checklist()) {
            if (item.checked()) {
                ticked++;
            }
        }
        int placeholders = 0;
        for (String line : document.proseLines()) {
            if (!line.isEmpty()) {
                placeholders += schema.placeholders().find(line).size();
            }
        }
        for (MetadataField f : document.metadata()) {
            if (!TitleKey.of(f.key()).equals(TitleKey.of(policy.field()))) {
                placeholders += schema.placeholders().findInHeader(f.value()).size();
            }
        }
        String id = field(document, schema, ID_KEYS).orElseGet(() -> fileId(file));
        return new SpecEntry(file, id, title(document), status,
                field(document, schema, AUTHOR_KEYS).orElse(""),
                field(document, schema, CREATED_KEYS).orElse(""),
                field(document, schema, UPDATED_KEYS).orElse(""),
                coverage[0], coverage[1], ticked, document.checklist().size(), placeholders,
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), byRule(findings), true);
    }

    /** The entry of a file that could not be read or parsed: its findings only. */
    public static SpecEntry unreadable(String file, List<Violation> findings) {
        return new SpecEntry(file, fileId(file), "", "", "", "", "", 0, 0, 0, 0, 0,
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), byRule(findings), false);
    }

    /**
     * The status the template or config knows that {@code value} names ({@code Implemented (Swift 5.9)}
     * is {@code Implemented}), longest first; else {@code value} as written.
     */
    private static String known(String value, TemplateSchema schema, StatusPolicy policy) {
        Set<String> statuses = new LinkedHashSet<>();
        String key = TitleKey.of(policy.field());
        for (FieldSpec f : schema.fields()) {
            if (f.key().equals(key)) {
                statuses.addAll(f.allowedValues());
            }
        }
        statuses.addAll(policy.finalStatuses());
        statuses.addAll(policy.extraStatuses());
        List<String> longestFirst = new ArrayList<>(statuses);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return StatusPolicy.oneOf(value, longestFirst).orElse(plainText(value));
    }

    /** Metadata text as a reader sees it: links as their text, without emphasis or code marks. */
    static String plainText(String value) {
        return StatusPolicy.plain(STRONG.matcher(MARKDOWN_LINK.matcher(value).replaceAll("$1")).replaceAll("")).strip();
    }

    /**
     * The title as written: the first H1's source text (inline HTML kept, as the author typed it;
     * links as their text), else {@link SpecDocument#title()}.
     */
    static String title(SpecDocument document) {
        for (dev.speclint.core.document.Section s : document.allSections()) {
            if (s.level() == 1 && s.line() >= 1 && s.line() <= document.lineCount()) {
                String raw = ATX_MARKS.matcher(document.lines().get(s.line() - 1)).replaceAll("");
                String text = plainText(raw);
                return text.isEmpty() ? s.title().strip() : text;
            }
        }
        return document.title().strip();
    }

    /** Findings by rule id. */
    public static Map<String, Integer> byRule(List<Violation> findings) {
        Map<String, Integer> out = new TreeMap<>();
        for (Violation v : findings) {
            out.merge(v.rule(), 1, Integer::sum);
        }
        return out;
    }

    private static int count(List<Violation> findings, Severity severity) {
        return (int) findings.stream().filter(v -> v.severity() == severity).count();
    }

    /** The first of {@code keys} the document has with a value: the template's field (and aliases) first. */
    private static Optional<String> field(SpecDocument document, TemplateSchema schema, List<String> keys) {
        for (String key : keys) {
            for (FieldSpec f : schema.fields()) {
                if (f.key().equals(TitleKey.of(key))) {
                    Optional<String> v = f.in(document).map(m -> plainText(m.value()))
                            .filter(s -> !s.isEmpty());
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
        }
        for (String key : keys) {
            Optional<String> v = document.metadataValue(key).map(SpecIndexer::plainText)
                    .filter(s -> !s.isEmpty());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** The id a file name starts with, else the file name without extension. */
    static String fileId(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Matcher m = FILE_ID.matcher(name);
        if (m.find()) {
            return m.group(1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
