package dev.speclint.rules;

import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.ProjectContext;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.template.StatusPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * No two specs of a run share one Spec ID (option {@code field}, default {@code Spec ID}; compared
 * ignoring case and surrounding emphasis). Each of them is reported at its field, naming the others.
 * Empty values and values still holding a placeholder are not compared.
 */
public final class DuplicateSpecIdRule implements ProjectRule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("duplicate-spec-id",
            "No two specs share one Spec ID", Severity.ERROR);

    /** Option {@code field}. */
    static final RuleOption<String> FIELD = RuleOption.string("field", "Spec ID", "the metadata field holding the id");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(FIELD);
    }

    /**
     * Reads each document's source and one metadata field: a run keeps skeletons of the documents, not
     * every parsed document, and cached files are not parsed again.
     */
    @Override
    public boolean readsMetadataOnly() {
        return true;
    }

    @Override
    public void check(List<SpecDocument> documents, ProjectContext context) {
        String fieldName = context.options().find(FIELD).orElse("Spec ID");
        Map<String, List<Entry>> byId = new LinkedHashMap<>();
        for (SpecDocument document : documents) {
            Optional<MetadataField> field = document.metadataField(fieldName);
            if (field.isEmpty()) {
                continue;
            }
            String id = StatusPolicy.plain(field.get().value());
            if (id.isEmpty() || context.schema(document).placeholders().matchesInHeader(field.get().value())) {
                continue;
            }
            byId.computeIfAbsent(id.toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Entry(document, field.get(), id));
        }
        for (List<Entry> entries : byId.values()) {
            if (entries.size() < 2) {
                continue;
            }
            for (Entry e : entries) {
                List<String> others = new ArrayList<>();
                for (Entry o : entries) {
                    if (o != e) {
                        others.add(o.document().source() + ":" + o.field().line());
                    }
                }
                context.report(e.document(), e.field().line(), e.field().valueColumn(), fieldName + " '" + e.id()
                        + "' is also used by " + String.join(", ", others) + ": give each spec its own " + fieldName);
            }
        }
    }

    private record Entry(SpecDocument document, MetadataField field, String id) {
    }
}
