package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A result's violations grouped by file: every linted file, clean ones too, in path order. */
final class ByFile {

    private ByFile() {
    }

    static Map<String, List<Violation>> group(LintResult result) {
        Map<String, List<Violation>> out = new TreeMap<>();
        for (String file : result.files()) {
            out.put(file, new ArrayList<>());
        }
        for (Violation v : result.violations()) {
            out.computeIfAbsent(v.file(), k -> new ArrayList<>()).add(v);
        }
        return out;
    }
}
