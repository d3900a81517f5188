package dev.speclint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.template.StatusPolicy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code metadata-field}'s option {@code consistentKeys}: the named fields' ids belong to one project
 * ({@code SPEC-PAY-101} and {@code EPIC-PAY-7} share the key {@code PAY}).
 */
final class ProjectKeys {

    /** A project-scoped id such as {@code PAY-100}, {@code SPEC-PAY-101}, {@code EPIC-PAY-7}: group 1 is the key. */
    private static final Pattern KEYED_ID = Pattern.compile(
            "(?:^|[^A-Za-z0-9-])(?:[A-Z][A-Z0-9]*-)*([A-Z][A-Z0-9]*)-[0-9]+(?:$|[^A-Za-z0-9-])");

    private ProjectKeys() {
    }

    /**
     * Reports each field of {@code names} whose id names another project than the first such field;
     * fields in {@code faulty} (already reported) are not compared.
     */
    static void check(SpecDocument document, List<String> names, Set<String> faulty,
            RuleContext context) {
        MetadataField first = null;
        String firstKey = null;
        for (String name : names) {
            Optional<MetadataField> field = document.metadataField(name);
            if (field.isEmpty() || faulty.contains(field.get().normalizedKey())) {
                continue;
            }
            Optional<String> key = projectKey(StatusPolicy.plain(field.get().value()));
            if (key.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = field.get();
                firstKey = key.get();
            } else if (!key.get().equalsIgnoreCase(firstKey)) {
                MetadataField f = field.get();
                context.report(f.line(), f.valueColumn(), "metadata field '" + f.key() + "' is '" + StatusPolicy.plain(f.value())
                        + "', project key " + key.get() + ", but '" + first.key() + "' (line " + first.line()
                        + ") has project key " + firstKey + ": they must belong to one project");
            }
        }
    }

    /**
     * The project key of an id: the letters before the first number ({@code PAY} in {@code PAY-100},
     * {@code SPEC-PAY-101} and {@code EPIC-PAY-7}); empty when the value holds no such id.
     */
    static Optional<String> projectKey(String value) {
        Matcher m = KEYED_ID.matcher(value);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
