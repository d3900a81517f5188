package dev.speclint.rules;

import com.google.re2j.Pattern;
import dev.speclint.core.document.MetadataField;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.template.StatusPolicy;
import dev.speclint.core.template.TemplateSchema;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * {@code metadata-field}'s checks of one present field's value, in order, the first failure
 * reported: filled, not the template's placeholder, one of the allowed choices, matching the
 * option's pattern, an ISO date not in the future.
 */
final class FieldValueCheck {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldValueCheck() {
    }

    /** Checks one present field; returns false when it reported something. */
    static boolean check(MetadataField field, List<String> allowed, Pattern pattern, boolean date,
            TemplateSchema schema, RuleContext context) {
        String value = StatusPolicy.plain(field.value());
        if (value.isEmpty()) {
            context.report(field.line(), field.valueColumn(), "metadata field '" + field.key() + "' is empty: fill it in");
            return false;
        }
        boolean header = field.origin() == MetadataField.Origin.HEADER;
        if (header ? schema.placeholders().matchesInHeader(field.value()) : schema.placeholders().matches(field.value())) {
            if (field.origin() == MetadataField.Origin.FRONT_MATTER) {
                context.report(field.line(), field.valueColumn(), "metadata field '" + field.key()
                        + "' still holds the template's placeholder '" + field.value() + "': fill it in");
            }
            return false; // a header value: unfilled-placeholder reports it
        }
        if (!allowed.isEmpty() && !MetadataFieldRule.oneOf(value, allowed)) {
            context.report(field.line(), field.valueColumn(), "metadata field '" + field.key() + "' is '" + value
                    + "', not one of " + String.join(", ", allowed) + ": use one of them");
            return false;
        }
        if (pattern != null && !pattern.matcher(value).find()) {
            context.report(field.line(), field.valueColumn(), "metadata field '" + field.key() + "' is '" + value
                    + "', which does not match " + pattern.pattern() + ": correct it");
            return false;
        }
        if (date) {
            return checkDate(field, value, context);
        }
        return true;
    }

    private static boolean checkDate(MetadataField field, String value, RuleContext context) {
        LocalDate date;
        try {
            date = LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            context.report(field.line(), field.valueColumn(), "metadata field '" + field.key() + "' is '" + value
                    + "', not a date written yyyy-MM-dd (ISO 8601), e.g. 2026-03-14");
            return false;
        }
        // later than today everywhere on Earth (UTC+14 is the first time zone to reach a date)
        if (date.isAfter(LocalDate.now(ZoneOffset.ofHours(14)))) {
            context.report(field.line(), field.valueColumn(), "metadata field '" + field.key() + "' is " + value
                    + ", a date in the future: use the date it was written");
            return false;
        }
        return true;
    }
}
