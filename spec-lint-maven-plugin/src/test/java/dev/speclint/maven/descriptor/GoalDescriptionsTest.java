package dev.speclint.maven.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.maven.descriptor.PluginXml.Goal;
import dev.speclint.maven.descriptor.PluginXml.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every goal and every parameter a user can meet has a description: {@code mvn spec-lint:help -Ddetail} and
 * the site's goal pages print the descriptor's descriptions, which come from the Javadoc of the mojo
 * classes and their fields.
 */
class GoalDescriptionsTest {

    @Test
    void theDescriptorHasTheGoals() {
        assertThat(PluginXml.goals()).extracting(Goal::name)
                .contains("check", "fix", "baseline", "new", "spec-lint", "aggregate", "help");
    }

    @Test
    void everyGoalAndParameterHasADescription() {
        List<String> missing = new ArrayList<>();
        for (Goal goal : PluginXml.goals()) {
            if (goal.description().isBlank()) {
                missing.add("goal " + goal.name() + ": no description (the mojo class's Javadoc)");
            }
            for (Parameter p : goal.parameters()) {
                if (!p.isMavenInjected() && p.description().isBlank()) {
                    missing.add("goal " + goal.name() + ", parameter " + p.name()
                            + ": no description (a Javadoc comment on the field)");
                }
            }
        }
        assertThat(missing).as("undocumented goals and parameters in %s", PluginXml.FILE).isEmpty();
    }

    @Test
    void onlyMavenObjectsAreExempt() {
        List<String> exempt = PluginXml.goals().stream()
                .flatMap(g -> g.parameters().stream())
                .filter(Parameter::isMavenInjected)
                .map(Parameter::name)
                .distinct()
                .sorted()
                .toList();
        // the reports' project, mojo execution and repository session; nothing of this plugin's own
        assertThat(exempt).containsExactly("mojoExecution", "project", "repoSession");
    }
}
