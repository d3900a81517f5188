package dev.speclint.core.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML writers for reports: the JDK's own StAX writer (the same bytes whatever StAX implementation
 * the classpath brings), plus the clean-up it leaves to its caller.
 */
final class XmlWriting {

    private XmlWriting() {
    }

    /** Writes the root element of a document; the frame around it is {@link #document}'s. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    /**
     * Writes one XML document to {@code out} with the JDK's StAX writer: the declaration and a line
     * break, {@code body}'s root element, a final line break. A StAX failure becomes an
     * {@link IOException} naming {@code what}.
     */
    static void document(Writer out, String what, Body body) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            body.write(x);
            x.writeEndDocument();
            x.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code s} as an attribute value: characters XML 1.0 cannot hold become U+FFFD, and line breaks
     * and tabs become spaces (the writer would leave them raw, and parsers turn them into spaces
     * anyway). The writer escapes {@code & < > "}.
     */
    static String attribute(String s) {
        return clean(s, true);
    }

    /** {@code s} as element text: characters XML 1.0 cannot hold become U+FFFD, CR LF and CR become LF. */
    static String text(String s) {
        return clean(s.replace("\r\n", "\n").replace('\r', '\n'), false);
    }

    private static String clean(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(attribute ? ' ' : c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
