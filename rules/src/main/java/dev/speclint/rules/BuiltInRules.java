package dev.speclint.rules;

import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleProvider;
import java.util.List;

/** Registers the built-in rules (listed in {@code META-INF/services}). */
public final class BuiltInRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(
                new RequiredSectionRule(),
                new UnfilledPlaceholderRule(),
                new ChecklistIncompleteRule(),
                new SectionOrderRule(),
                new SectionLevelRule(),
                new EmptySectionRule(),
                new TemplateResidueRule(),
                new MetadataFieldRule(),
                new ChecklistItemRule(),
                new TableColumnsRule(),
                new HeadingStructureRule(),
                new LinkAnchorRule());
    }

    @Override
    public List<ProjectRule> projectRules() {
        return List.of(new DuplicateSpecIdRule());
    }
}
