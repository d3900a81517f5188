package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, which CI servers show as test results: one {@code <testcase>} per linted file
 * (classname {@code spec-lint}, name the file), one {@code <failure>} per violation (message, type =
 * rule id, text {@code file:line:col: severity: message [rule-id]}). The suite's {@code tests} is the
 * number of files and {@code failures} the number of files with at least one violation, as JUnit
 * counts test cases; the {@code <failure>} elements add up to the result's violations. No
 * timestamps or times: the same result gives the same bytes.
 */
public final class JUnitReporter implements Reporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        Map<String, List<Violation>> byFile = ByFile.group(result);
        String tests = Integer.toString(byFile.size());
        String failures = Long.toString(byFile.values().stream().filter(l -> !l.isEmpty()).count());
        XmlWriting.document(out, "JUnit XML", x -> {
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "spec-lint");
            x.writeAttribute("tests", tests);
            x.writeAttribute("failures", failures);
            x.writeAttribute("errors", "0");
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "spec-lint");
            x.writeAttribute("tests", tests);
            x.writeAttribute("failures", failures);
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<Violation>> file : byFile.entrySet()) {
                x.writeCharacters("\n    ");
                if (file.getValue().isEmpty()) {
                    x.writeEmptyElement("testcase");
                    testcase(x, file.getKey());
                    continue;
                }
                x.writeStartElement("testcase");
                testcase(x, file.getKey());
                for (Violation v : file.getValue()) {
                    x.writeCharacters("\n      ");
                    x.writeStartElement("failure");
                    x.writeAttribute("message", XmlWriting.attribute(v.message()));
                    x.writeAttribute("type", v.rule());
                    x.writeCharacters(XmlWriting.text(TextReporter.line(v, false)));
                    x.writeEndElement();
                }
                x.writeCharacters("\n    ");
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
        });
    }

    private static void testcase(XMLStreamWriter x, String file) throws XMLStreamException {
        x.writeAttribute("classname", "spec-lint");
        x.writeAttribute("name", XmlWriting.attribute(file));
    }
}
