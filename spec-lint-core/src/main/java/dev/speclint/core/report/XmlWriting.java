package dev.speclint.core.report;

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

    /** The JDK's StAX writer on {@code out}. */
    static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        return XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
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
