package dev.speclint.maven.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.maven.descriptor.PluginXml.Goal;
import dev.speclint.maven.descriptor.PluginXml.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/maven-plugin.md and the code cannot disagree: every goal of the generated descriptor has a section
 * (a {@code ##} heading naming it in backticks) that names each of its parameters, every user property is
 * in the page, and every {@code speclint.*} property, and every parameter a goal's table lists, exists.
 */
class MavenPluginDocTest {

    private static final Path PAGE = Path.of("../docs/maven-plugin.md");
    private static final Pattern SPECLINT_PROPERTY = Pattern.compile("(?<![\\w.])speclint\\.[A-Za-z]+");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** A {@code ##} section: its heading line and its text, heading included. */
    record Section(String heading, String text) {

        boolean isAbout(String goal) {
            return heading.contains("`" + goal + "`");
        }
    }

    private static String page;
    private static List<Section> sections;
    private static List<Goal> goals;

    @BeforeAll
    static void read() throws IOException {
        page = Files.readString(PAGE, StandardCharsets.UTF_8);
        sections = sections(page);
        goals = PluginXml.goals();
    }

    private static List<Section> sections(String text) {
        List<Section> out = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    out.add(new Section(heading, body.toString()));
                }
                heading = line;
                body.setLength(0);
            }
            if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            out.add(new Section(heading, body.toString()));
        }
        return out;
    }

    private static String sectionText(Goal goal) {
        return sections.stream().filter(s -> s.isAbout(goal.name())).map(Section::text).collect(Collectors.joining());
    }

    @Test
    void everyGoalHasASection() {
        List<String> missing = goals.stream().map(Goal::name)
                .filter(g -> sections.stream().noneMatch(s -> s.isAbout(g)))
                .map(g -> "goal " + g + ": no '## ' heading naming `" + g + "` in " + PAGE)
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyParameterIsNamedInItsGoalsSection() {
        List<String> missing = new ArrayList<>();
        for (Goal goal : goals) {
            String text = sectionText(goal);
            for (Parameter p : goal.parameters()) {
                if (p.editable() && !text.contains("`" + p.name() + "`")) {
                    missing.add("goal " + goal.name() + ", parameter " + p.name() + ": not named (as `" + p.name()
                            + "`) in the goal's section of " + PAGE);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyUserPropertyIsInThePage() {
        List<String> missing = new ArrayList<>();
        for (Goal goal : goals) {
            for (Parameter p : goal.parameters()) {
                if (!p.editable() || p.userProperty().isEmpty()) {
                    continue;
                }
                String property = p.userProperty().get();
                Pattern mention = Pattern.compile("(`|-D)" + Pattern.quote(property) + "(?![\\w.])");
                if (!mention.matcher(page).find()) {
                    missing.add("goal " + goal.name() + ", parameter " + p.name() + ": user property " + property
                            + " not in " + PAGE + " (as `" + property + "` or -D" + property + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everySpecLintPropertyInThePageExists() {
        Set<String> properties = goals.stream().flatMap(g -> g.parameters().stream())
                .flatMap(p -> p.userProperty().stream())
                .collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        Matcher m = SPECLINT_PROPERTY.matcher(page);
        while (m.find()) {
            if (!properties.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        assertThat(unknown).as("speclint.* properties in %s that no goal has", PAGE).isEmpty();
    }

    @Test
    void everyParameterATableListsExists() {
        List<String> unknown = new ArrayList<>();
        for (Section section : sections) {
            Set<String> names = goals.stream().filter(g -> section.isAbout(g.name()))
                    .flatMap(g -> g.parameters().stream())
                    .map(Parameter::name)
                    .collect(Collectors.toSet());
            boolean inTable = false;
            for (String line : section.text().split("\n")) {
                if (line.startsWith("| Parameter |")) {
                    inTable = true;
                    continue;
                }
                if (!line.startsWith("|")) {
                    inTable = false;
                    continue;
                }
                if (!inTable || line.startsWith("|---")) {
                    continue;
                }
                String first = line.split("\\|")[1];
                Matcher code = CODE.matcher(first);
                while (code.find()) {
                    if (!names.contains(code.group(1))) {
                        unknown.add(section.heading() + ": the table lists `" + code.group(1)
                                + "`, which is no parameter of the goal");
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
