package dev.speclint.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.document.TitleKey;
import dev.speclint.core.rule.Fix;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.template.FieldSpec;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template's metadata fields are present and filled, and their values are well formed: one of
 * the template's choices ({@code Draft/Approved}, plus the config's {@code extraStatuses} and
 * {@code finalStatuses} for the status field), matching the {@code patterns} option, ISO dates not
 * in the future ({@code dateFields}), and project keys consistent across {@code consistentKeys}.
 * A header value that still holds a placeholder is left to {@code unfilled-placeholder}; a front
 * matter value holding one is reported here (that rule does not read front matter).
 */
public final class MetadataFieldRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("metadata-field",
            "Metadata fields are present, filled and well formed", Severity.ERROR);

    /** Option {@code patterns}. */
    static final RuleOption<Map<String, String>> PATTERNS = RuleOption.stringMap("patterns",
            "field name to regular expression (RE2) its value must match");
    /** Option {@code dateFields}. */
    static final RuleOption<List<String>> DATE_FIELDS = RuleOption.strings("dateFields",
            "fields whose template value is a date format", "fields holding an ISO date, not in the future");
    /** Option {@code consistentKeys}. */
    static final RuleOption<List<String>> CONSISTENT_KEYS = RuleOption.strings("consistentKeys",
            "fields whose ids must share one project key");
    /** Option {@code optionalFields}. */
    static final RuleOption<List<String>> OPTIONAL_FIELDS = RuleOption.strings("optionalFields",
            "template fields a spec may leave out");

    /**
     * This rule's options, read once per check: field keys ({@link TitleKey}) and compiled patterns.
     *
     * @param patterns by field key, the pattern its value must match
     * @param dateKeys the date fields the config names; empty: those the template writes as a date
     * @param consistentKeys the fields whose ids must share one project key, in config order
     * @param optionalKeys the fields a spec may leave out
     */
    record Options(Map<String, Pattern> patterns, Optional<Set<String>> dateKeys, List<String> consistentKeys,
            Set<String> optionalKeys) {

        /**
         * @throws IllegalArgumentException naming the option when a value is of the wrong kind or a pattern
         *     does not compile
         */
        static Options of(RuleOptions options) {
            Map<String, Pattern> patterns = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : options.get(PATTERNS).entrySet()) {
                try {
                    patterns.put(TitleKey.of(e.getKey()), Pattern.compile(e.getValue()));
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("option 'patterns' of rule 'metadata-field': the pattern of '"
                            + e.getKey() + "' is not a valid regular expression (RE2 syntax): " + ex.getMessage(), ex);
                }
            }
            return new Options(patterns, options.find(DATE_FIELDS).map(Options::keys), options.get(CONSISTENT_KEYS),
                    keys(options.get(OPTIONAL_FIELDS)));
        }

        private static Set<String> keys(List<String> names) {
            Set<String> out = new HashSet<>();
            names.forEach(n -> out.add(TitleKey.of(n)));
            return out;
        }
    }

    /**
     * {@link Options} by options value, a memo: a run has one options value per profile, so each
     * {@code patterns} regex is compiled once per run instead of once per file (RE2J takes about
     * 13 us a pattern, paid per spec otherwise). It holds no result of a check.
     */
    private final Map<RuleOptions, Options> parsed = new ConcurrentHashMap<>();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(PATTERNS, DATE_FIELDS, CONSISTENT_KEYS, OPTIONAL_FIELDS);
    }

    @Override
    public void validateOptions(RuleOptions options) {
        Options.of(options);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        TemplateSchema schema = context.schema();
        StatusPolicy status = context.status();
        String statusKey = TitleKey.of(status.field());
        Options options = parsed.computeIfAbsent(context.options(), Options::of);
        Map<String, Pattern> patterns = options.patterns();
        Set<String> dateKeys = options.dateKeys().orElseGet(() -> templateDateKeys(schema));
        Set<String> faulty = new HashSet<>();
        Set<String> checked = new HashSet<>();
        Set<String> optional = options.optionalKeys();

        List<FieldSpec> fields = schema.fields();
        List<Integer> missing = new ArrayList<>();
        // a spec of another template, or an older version of this one, is told so once by required-section
        boolean follows = context.sectionMatch(document).followsTemplate(schema, status);
        Set<String> templateKeys = new HashSet<>();
        fields.forEach(f -> templateKeys.add(f.key()));
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec spec = fields.get(i);
            checked.add(spec.key());
            Optional<MetadataField> field = spec.in(document, templateKeys);
            boolean unfilled = field.isEmpty() || StatusPolicy.plain(field.get().value()).isEmpty();
            // asked only of a field missing or empty: the status lookup is not paid for every filled field
            boolean required = unfilled && !optional.contains(spec.key()) && requiredHere(spec, document, status);
            if (field.isEmpty()) {
                if (follows && required && !titleFromHeading(spec, document)) {
                    missing.add(i);
                }
                faulty.add(spec.key());
                continue;
            }
            if (unfilled && !required) {
                faulty.add(spec.key()); // an optional field left empty says "does not apply", as leaving it out would
                continue;
            }
            List<String> allowed = new ArrayList<>(spec.allowedValues());
            if (!allowed.isEmpty() && spec.key().equals(statusKey)) {
                addAbsent(allowed, status.extraStatuses());
                addAbsent(allowed, status.finalStatuses());
            }
            if (!FieldValueCheck.check(field.get(), allowed, patterns.get(spec.key()), dateKeys.contains(spec.key()),
                    schema, context)) {
                faulty.add(spec.key());
            }
        }
        // fields the template does not list, but the options name
        Set<String> extraKeys = new HashSet<>(patterns.keySet());
        extraKeys.addAll(dateKeys);
        for (MetadataField field : document.metadata()) {
            String key = field.normalizedKey();
            if (extraKeys.contains(key) && checked.add(key)
                    && !FieldValueCheck.check(field, List.of(), patterns.get(key), dateKeys.contains(key), schema,
                    context)) {
                faulty.add(key);
            }
        }
        if (!missing.isEmpty()) {
            reportMissing(document, fields, missing, context);
        }
        ProjectKeys.check(document, options.consistentKeys(), faulty, context);
    }

    /** Required by the template, or by the config ({@code requiredIn}) in the document's status. */
    private static boolean requiredHere(FieldSpec spec, SpecDocument document, StatusPolicy status) {
        return status.requires(!spec.optional(), spec.requiredIn(), spec.since(), document);
    }

    /**
     * A {@code title} the template puts in its front matter is satisfied by the document's H1: site
     * generators take the page title from either.
     */
    private static boolean titleFromHeading(FieldSpec spec, SpecDocument document) {
        if (!spec.key().equals("title")) {
            return false;
        }
        boolean frontMatter = spec.origin() == MetadataField.Origin.FRONT_MATTER;
        return frontMatter && document.allSections().stream().anyMatch(s -> s.level() == 1);
    }

    /** One finding for every missing field, at the first one's place. */
    private static void reportMissing(SpecDocument document, List<FieldSpec> fields, List<Integer> missing,
            RuleContext context) {
        FieldSpec spec = fields.get(missing.get(0));
        int line = 1;
        String where = "";
        for (int j = missing.get(0) - 1; j >= 0; j--) {
            Optional<MetadataField> previous = fields.get(j).in(document, Set.of());
            if (previous.isPresent()) {
                line = Math.min(previous.get().line() + 1, Math.max(1, document.lineCount()));
                where = " (expected after '" + previous.get().key() + "')";
                break;
            }
        }
        if (where.isEmpty() && !document.metadata().isEmpty()) {
            line = document.metadata().get(0).line();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (int i : missing) {
            FieldInsertion.of(document, fields, i).ifPresent(edits::add);
        }
        Fix fix = edits.isEmpty() ? null : new Fix(edits.size() == 1 ? "Insert the template's line for '"
                + spec.name() + "'" : "Insert the template's lines for " + edits.size() + " metadata fields", edits);
        if (missing.size() == 1) {
            context.report(line, 1, "missing metadata field '" + spec.name() + "'" + where + ": add it as the "
                    + "template writes it, with its value", fix);
            return;
        }
        List<String> names = missing.stream().map(i -> "'" + fields.get(i).name() + "'").toList();
        context.report(line, 1, "missing " + names.size() + " metadata fields: " + String.join(", ", names)
                + ": add them as the template writes them, with their values", fix);
    }

    /** {@code value} is one of {@code allowed}, by key; {@code Approved (2026-03-01)} counts as {@code Approved}. */
    static boolean oneOf(String value, List<String> allowed) {
        String key = TitleKey.of(value);
        for (String a : allowed) {
            String ak = TitleKey.of(a);
            if (key.equals(ak) || key.startsWith(ak) && !Character.isLetterOrDigit(key.charAt(ak.length()))) {
                return true;
            }
        }
        return false;
    }

    private static void addAbsent(List<String> values, Set<String> more) {
        more.stream().sorted().forEach(m -> {
            if (!oneOf(m, values)) {
                values.add(m);
            }
        });
    }

    /** The fields whose template value asks for a date ({@code YYYY-MM-DD}, {@code %Y-%m-%d}). */
    private static Set<String> templateDateKeys(TemplateSchema schema) {
        Set<String> out = new HashSet<>();
        for (FieldSpec f : schema.fields()) {
            String v = f.templateValue().toLowerCase(Locale.ROOT);
            if (v.contains("yyyy-mm-dd") || v.contains("%y-%m-%d")) {
                out.add(f.key());
            }
        }
        return out;
    }
}
