package dev.speclint.core.report;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML, which Jenkins (warnings-ng), GitLab and many other tools read:
 * <pre>{@code
 * <checkstyle version="spec-lint 0.1.0">
 *   <file name="docs/spec.md">
 *     <error line="4" column="12" severity="error" message="..." source="spec-lint.unfilled-placeholder"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 * Every linted file has a {@code <file>}, clean ones too, in path order.
 */
public final class CheckstyleReporter implements Reporter {

    /** Prefix of each {@code source}: {@code spec-lint.<rule-id>}. */
    public static final String SOURCE_PREFIX = "spec-lint.";

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        XmlWriting.document(out, "checkstyle XML", x -> {
            x.writeStartElement("checkstyle");
            x.writeAttribute("version", XmlWriting.attribute("spec-lint " + context.toolVersion()));
            for (Map.Entry<String, List<Violation>> file : ByFile.group(result).entrySet()) {
                x.writeCharacters("\n  ");
                if (file.getValue().isEmpty()) {
                    x.writeEmptyElement("file");
                    x.writeAttribute("name", XmlWriting.attribute(file.getKey()));
                    continue;
                }
                x.writeStartElement("file");
                x.writeAttribute("name", XmlWriting.attribute(file.getKey()));
                for (Violation v : file.getValue()) {
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("error");
                    x.writeAttribute("line", Integer.toString(v.line()));
                    x.writeAttribute("column", Integer.toString(v.column()));
                    x.writeAttribute("severity", v.severity().label());
                    x.writeAttribute("message", XmlWriting.attribute(v.message()));
                    x.writeAttribute("source", SOURCE_PREFIX + v.rule());
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
        });
    }
}
