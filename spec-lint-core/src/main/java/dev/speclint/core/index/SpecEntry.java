package dev.speclint.core.index;

import java.util.Map;

/**
 * One spec of the index. Text fields are empty when the spec does not say; counts are zero when the
 * file could not be read or parsed ({@code readable} is false then).
 *
 * @param file the display path, as in findings
 * @param id the spec's id: its id metadata field, else the id that starts its file name, else the file name
 * @param title the spec's title ({@link dev.speclint.core.document.SpecDocument#title()})
 * @param status the value of the template's status field, without emphasis
 * @param author the author or owner field
 * @param created the created / date field
 * @param updated the updated / last-modified field
 * @param sectionsPresent the template's required top-level sections the spec has
 * @param sectionsExpected the template's top-level sections required in the spec's status
 * @param checklistTicked ticked task items
 * @param checklistTotal all task items
 * @param placeholders template placeholders left in the prose and the header
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param byRule findings by rule id, sorted by id
 * @param readable whether the file was read and parsed
 */
public record SpecEntry(String file, String id, String title, String status, String author, String created,
        String updated, int sectionsPresent, int sectionsExpected, int checklistTicked, int checklistTotal,
        int placeholders, int errors, int warnings, Map<String, Integer> byRule, boolean readable) {

    public SpecEntry {
        byRule = Map.copyOf(byRule);
    }

    /** Sections present in percent of expected; 100 when none are expected. */
    public int sectionsPercent() {
        return percent(sectionsPresent, sectionsExpected);
    }

    /** Ticked checklist items in percent of all; 100 when the spec has none. */
    public int checklistPercent() {
        return percent(checklistTicked, checklistTotal);
    }

    /** All findings. */
    public int findings() {
        return errors + warnings;
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 100 : (int) Math.floor(100.0 * part / whole);
    }
}
