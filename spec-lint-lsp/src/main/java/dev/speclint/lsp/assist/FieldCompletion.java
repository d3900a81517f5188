package dev.speclint.lsp.assist;

import dev.speclint.core.document.TitleKey;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.template.FieldSpec;
import dev.speclint.core.template.TemplateSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion of a metadata field's value: on a line {@code **Status:** Dr|} or {@code - Status: |}
 * (also {@code **Status**: }), the values the template allows for that field, replacing what is
 * typed of the value so far. The status field also offers the config's extra statuses.
 */
public final class FieldCompletion {

    /** {@code **Key:** value}, {@code **Key**: value}, or a list item {@code - Key: value}. */
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*([^*]+?):\\*\\*|\\*\\*([^*]+?)\\*\\*:|([A-Za-z][\\w .-]*?):)[ \\t]*(.*)$");

    private FieldCompletion() {
    }

    /** Completion at {@code position} on a line whose text is {@code line} (the protocol counts no BOM on it). */
    public static List<CompletionItem> complete(String line, Position position, Profile profile) {
        return complete(line, position.getLine(), position.getCharacter(), 0, profile);
    }

    /**
     * @param line the text of the cursor's line
     * @param lineNumber the protocol's 0-based line
     * @param cursor the cursor's index in {@code line}
     * @param shift what the protocol's characters on this line count before {@code line} (1 for a
     *     BOM on line 0)
     * @param profile the document's profile: its template's fields, the config's statuses
     */
    public static List<CompletionItem> complete(String line, int lineNumber, int cursor, int shift,
            Profile profile) {
        TemplateSchema schema = profile.schema();
        cursor = Math.max(0, Math.min(cursor, line.length()));
        Matcher m = FIELD.matcher(line.substring(0, cursor));
        if (!m.matches()) {
            return List.of();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Optional<FieldSpec> field = field(schema, TitleKey.of(name.strip()));
        if (field.isEmpty()) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>(field.get().allowedValues());
        if (TitleKey.of(profile.status().field()).equals(field.get().key())) {
            values.addAll(profile.status().extraStatuses());
        }
        String typed = m.group(4);
        int from = cursor - typed.length() + shift;
        int to = cursor + shift;
        List<CompletionItem> items = new ArrayList<>();
        int rank = 0;
        for (String v : values) {
            CompletionItem item = new CompletionItem(v);
            item.setKind(CompletionItemKind.EnumMember);
            item.setDetail(field.get().name() + " (from the template)");
            item.setTextEdit(Either.forLeft(new TextEdit(new Range(new Position(lineNumber, from), new Position(lineNumber, to)), v)));
            item.setFilterText(v);
            item.setSortText(String.format("%03d", rank++));
            items.add(item);
        }
        return items;
    }

    private static Optional<FieldSpec> field(TemplateSchema schema, String key) {
        for (FieldSpec f : schema.fields()) {
            if (f.key().equals(key) || f.aliases().stream().anyMatch(a -> TitleKey.of(a).equals(key))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
