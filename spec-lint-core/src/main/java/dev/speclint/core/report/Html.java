package dev.speclint.core.report;

/** HTML escaping: text and attribute values alike, so no input can open a tag or leave an attribute. */
public final class Html {

    private Html() {
    }

    /**
     * {@code text} safe in element content and in double- or single-quoted attribute values:
     * {@code & < > " '} become character references, and control characters HTML does not allow
     * become U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f ? "\uFFFD" : null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A relative URL of a display path: each segment percent-encoded, slashes kept. */
    public static String pathUrl(String displayPath) {
        StringBuilder sb = new StringBuilder();
        for (String segment : displayPath.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
