package dev.speclint.it.todo;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleProvider;
import dev.speclint.core.rule.Severity;
import java.util.List;

/** A third-party rule provider, as a team would write one: flags every TODO left in a spec's prose. */
public final class TodoRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new TodoMarker());
    }

    static final class TodoMarker implements Rule {

        private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("todo-marker",
                "No TODO is left in a spec", Severity.WARNING, "https://example.org/rules/todo-marker");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(SpecDocument document, RuleContext context) {
            List<String> prose = document.proseLines();
            for (int i = 0; i < prose.size(); i++) {
                int at = prose.get(i).indexOf("TODO");
                while (at >= 0) {
                    context.report(i + 1, at + 1, "TODO left in the spec: finish the text");
                    at = prose.get(i).indexOf("TODO", at + 4);
                }
            }
        }
    }
}
