package dev.speclint.rules;

import dev.speclint.core.document.MetadataField;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.TextEdit;
import dev.speclint.core.template.FieldSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The fix of {@code metadata-field} for a missing header field: the template's line, written like its neighbours. */
final class FieldInsertion {

    private FieldInsertion() {
    }

    /**
     * The edit inserting header field {@code index} of the template as the template writes it (its
     * key and value), in the style of the document's neighbouring field line (its indent, list
     * marker, bold and trailing hard break): after the nearest field the template puts before it,
     * else before the nearest one it puts after it. None for a front matter field, or when the
     * document has no header field to place it by.
     */
    static Optional<TextEdit> of(SpecDocument document, List<FieldSpec> fields, int index) {
        FieldSpec spec = fields.get(index);
        if (spec.origin() != MetadataField.Origin.HEADER) {
            return Optional.empty();
        }
        for (int j = index - 1; j >= 0; j--) {
            Optional<MetadataField> previous = fields.get(j).in(document, Set.of());
            if (previous.isPresent() && previous.get().origin() == MetadataField.Origin.HEADER
                    && previous.get().line() <= document.lineCount()) {
                return fieldLine(document, previous.get(), spec)
                        .map(text -> TextEdit.insert(previous.get().line() + 1, 1, text + "\n"));
            }
        }
        for (int j = index + 1; j < fields.size(); j++) {
            Optional<MetadataField> next = fields.get(j).in(document, Set.of());
            if (next.isPresent() && next.get().origin() == MetadataField.Origin.HEADER
                    && next.get().line() <= document.lineCount()) {
                return fieldLine(document, next.get(), spec)
                        .map(text -> TextEdit.insert(next.get().line(), 1, text + "\n"));
            }
        }
        return Optional.empty();
    }

    /** {@code spec}'s line written like {@code model}'s: its key swapped for the template's, the template's value. */
    private static Optional<String> fieldLine(SpecDocument document, MetadataField model, FieldSpec spec) {
        String text = document.lines().get(model.line() - 1);
        int keyStart = model.column() - 1;
        int valueStart = Math.min(text.length(), model.valueColumn() - 1);
        if (keyStart < 0 || keyStart > valueStart) {
            return Optional.empty();
        }
        String keyPart = text.substring(keyStart, valueStart);
        int at = keyPart.indexOf(model.key());
        if (at < 0 || model.value().isEmpty() && valueStart < text.length()) {
            return Optional.empty(); // a shape this rule cannot copy safely
        }
        String trailing = text.substring(text.stripTrailing().length());
        String value = spec.templateValue().strip();
        String key = keyPart.substring(0, at) + spec.name() + keyPart.substring(at + model.key().length());
        if (value.isEmpty()) {
            key = key.stripTrailing();
        }
        return Optional.of(text.substring(0, keyStart) + key + value + trailing);
    }
}
