package dev.speclint.core.engine;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.rule.EngineRules;
import dev.speclint.core.rule.ProjectContext;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.rule.Violation;
import dev.speclint.core.template.TemplateSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the cross-file rules over every document a run parsed, after the per-file phase; a finding is
 * dropped when the inline suppressions of the document it points at turn its rule off there.
 */
final class ProjectLinter {

    private final Profile profile;
    private final List<ProjectRule> rules;
    private final SeverityPolicy severities;

    /** Options and severities come from the default profile; each document's schema from its own. */
    ProjectLinter(Profile profile, RuleRegistry registry) {
        this.profile = profile;
        this.severities = new SeverityPolicy(profile.config());
        this.rules = registry.projectRules().stream()
                .filter(r -> profile.config().rule(r.descriptor().id()).enabled())
                .toList();
    }

    List<Violation> lint(List<FileOutcome> outcomes) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<SpecDocument> documents = new ArrayList<>();
        Map<SpecDocument, TemplateSchema> schemas = new IdentityHashMap<>();
        Map<String, Suppressions> suppressions = new HashMap<>();
        for (FileOutcome o : outcomes) {
            o.document().ifPresent(d -> {
                documents.add(d);
                schemas.put(d, o.profile().schema());
            });
            if (o.suppressions() != null) {
                suppressions.put(o.displayPath(), o.suppressions());
            }
        }
        if (documents.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        for (ProjectRule rule : rules) {
            String id = rule.descriptor().id();
            Severity severity = severities.severity(rule.descriptor(), null);
            RuleOptions options = profile.options(id);
            List<Violation> found = new ArrayList<>();
            ProjectContext context = new ProjectContext() {
                @Override
                public TemplateSchema schema(SpecDocument document) {
                    return schemas.getOrDefault(document, profile.schema());
                }

                @Override
                public RuleOptions options() {
                    return options;
                }

                @Override
                public void report(SpecDocument document, int line, int column, String message) {
                    found.add(new Violation(document.source(), Math.max(1, line), Math.max(1, column), id, severity,
                            message));
                }
            };
            try {
                rule.check(documents, context);
                for (Violation v : found) {
                    Suppressions s = suppressions.get(v.file());
                    if (s == null || !s.suppressed(v)) {
                        out.add(v);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                out.add(new Violation(documents.get(0).source(), 1, 1, EngineRules.INTERNAL_ERROR.id(), Severity.ERROR,
                        "cross-file rule '" + id + "' failed: " + e + " (please report this)"));
            }
        }
        return out;
    }
}
