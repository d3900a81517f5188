package dev.speclint.maven.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The plugin descriptor maven-plugin-plugin generates from the mojos' annotations and Javadoc
 * ({@code target/classes/META-INF/maven/plugin.xml}, written in {@code process-classes}, before the
 * tests run): the goals and their parameters, as the help goal and the site's goal pages show them.
 */
public final class PluginXml {

    /** Where the build writes it; tests run in the module's folder. */
    public static final Path FILE = Path.of("target/classes/META-INF/maven/plugin.xml");

    /**
     * A goal.
     *
     * @param name the goal's name, e.g. {@code check}
     * @param description its description, from the mojo's class Javadoc; empty when there is none
     * @param parameters its parameters, inherited ones included
     */
    public record Goal(String name, String description, List<Parameter> parameters) {
    }

    /**
     * A parameter of a goal.
     *
     * @param name the parameter's name, as in {@code <configuration>}
     * @param type its Java type
     * @param editable false for {@code readonly} parameters, which Maven sets and users cannot
     * @param description its description, from the field's Javadoc; empty when there is none
     * @param userProperty the property {@code -D} sets it with, if it has one
     */
    public record Parameter(String name, String type, boolean editable, String description,
            Optional<String> userProperty) {

        /**
         * A read-only parameter Maven injects one of its own objects into ({@code project}, the session, the
         * mojo execution, the repository session...): documented by Maven, not by this plugin.
         */
        public boolean isMavenInjected() {
            return !editable && (type.startsWith("org.apache.maven.") || type.startsWith("org.eclipse.aether."));
        }
    }

    private PluginXml() {
    }

    /** The goals of the descriptor the build generated. */
    public static List<Goal> goals() {
        if (!Files.isRegularFile(FILE)) {
            throw new IllegalStateException(FILE.toAbsolutePath() + " does not exist: maven-plugin-plugin writes it in "
                    + "process-classes; run the tests through Maven (mvn verify -pl spec-lint-maven-plugin -am)");
        }
        try (InputStream in = Files.newInputStream(FILE)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element plugin = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<Goal> goals = new ArrayList<>();
            for (Element mojo : children(child(plugin, "mojos").orElseThrow(), "mojo")) {
                goals.add(goal(mojo));
            }
            return List.copyOf(goals);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read " + FILE.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Goal goal(Element mojo) {
        String name = text(mojo, "goal");
        List<Parameter> parameters = new ArrayList<>();
        Optional<Element> params = child(mojo, "parameters");
        Optional<Element> configuration = child(mojo, "configuration");
        for (Element p : params.map(e -> children(e, "parameter")).orElse(List.of())) {
            String pname = text(p, "name");
            Optional<String> property = configuration.flatMap(c -> child(c, pname))
                    .map(Element::getTextContent)
                    .map(String::strip)
                    .filter(expr -> expr.startsWith("${") && expr.endsWith("}"))
                    .map(expr -> expr.substring(2, expr.length() - 1));
            parameters.add(new Parameter(pname, text(p, "type"), Boolean.parseBoolean(text(p, "editable")),
                    text(p, "description"), property));
        }
        return new Goal(name, text(mojo, "description"), List.copyOf(parameters));
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(Element::getTextContent).map(String::strip).orElse("");
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
