package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Violation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Checkstyle and JUnit XML: well-formed, and carrying the result's counts and text. */
class XmlReportersTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void checkstyleHasAFilePerLintedFileAndAnErrorPerViolation() throws Exception {
        for (LintResult result : List.of(SampleResults.handBuilt(), SampleResults.realRun(2))) {
            Document d = parse(ReportersTest.render("checkstyle", result));

            assertThat(d.getDocumentElement().getTagName()).isEqualTo("checkstyle");
            assertThat(d.getDocumentElement().getAttribute("version")).startsWith("spec-lint ");
            assertThat(elements(d, "file")).extracting(e -> e.getAttribute("name"))
                    .containsExactlyElementsOf(result.files());
            List<Element> errors = elements(d, "error");
            assertThat(errors).hasSize(result.violations().size());
            assertThat(errors.stream().filter(e -> e.getAttribute("severity").equals("error")).count())
                    .isEqualTo(result.errorCount());
            assertThat(errors.stream().filter(e -> e.getAttribute("severity").equals("warning")).count())
                    .isEqualTo(result.warningCount());
            for (int i = 0; i < errors.size(); i++) {
                Violation v = result.violations().get(i);
                Element e = errors.get(i);
                assertThat(((Element) e.getParentNode()).getAttribute("name")).isEqualTo(v.file());
                assertThat(e.getAttribute("line")).isEqualTo(Integer.toString(v.line()));
                assertThat(e.getAttribute("column")).isEqualTo(Integer.toString(v.column()));
                assertThat(e.getAttribute("source")).isEqualTo("spec-lint." + v.rule());
            }
        }
    }

    @Test
    void checkstyleEscapesAwkwardText() throws Exception {
        Document d = parse(ReportersTest.render("checkstyle", SampleResults.handBuilt()));

        assertThat(elements(d, "error").get(0).getAttribute("message"))
                .isEqualTo("50% done, \"quoted\" <tag> & 'co': a,b second line  and \uFFFD control");
        assertThat(elements(d, "file")).extracting(e -> e.getAttribute("name")).contains("docs/ünïcode.md");
    }

    @Test
    void junitHasATestcasePerFileAndAFailurePerViolation() throws Exception {
        for (LintResult result : List.of(SampleResults.handBuilt(), SampleResults.realRun(2))) {
            Document d = parse(ReportersTest.render("junit", result));

            Element suite = elements(d, "testsuite").get(0);
            List<Element> cases = elements(d, "testcase");
            assertThat(cases).extracting(e -> e.getAttribute("name")).containsExactlyElementsOf(result.files());
            assertThat(cases).extracting(e -> e.getAttribute("classname")).containsOnly("spec-lint");
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(result.files().size()));
            long failedFiles = result.violations().stream().map(Violation::file).distinct().count();
            assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(failedFiles));
            List<Element> failures = elements(d, "failure");
            assertThat(failures).hasSize(result.violations().size());
            for (int i = 0; i < failures.size(); i++) {
                Violation v = result.violations().get(i);
                assertThat(failures.get(i).getAttribute("type")).isEqualTo(v.rule());
                assertThat(failures.get(i).getTextContent())
                        .startsWith(v.file() + ":" + v.line() + ":" + v.column() + ": " + v.severity().label() + ": ");
                assertThat(((Element) failures.get(i).getParentNode()).getAttribute("name")).isEqualTo(v.file());
            }
        }
    }

    @Test
    void junitKeepsLineBreaksInTheFailureText() throws Exception {
        Document d = parse(ReportersTest.render("junit", SampleResults.handBuilt()));

        Element first = elements(d, "failure").get(0);
        assertThat(first.getAttribute("message")).doesNotContain("\n").contains("<tag> & 'co'");
        assertThat(first.getTextContent()).contains("50% done, \"quoted\" <tag> & 'co': a,b\nsecond line\n\t");
    }
}
