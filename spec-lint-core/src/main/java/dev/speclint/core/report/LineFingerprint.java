package dev.speclint.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a finding by the content of its line rather than its number, so that it keeps its
 * identity when lines are added or removed above it. Shared by the SARIF fingerprints and the
 * baseline file.
 */
public final class LineFingerprint {

    private LineFingerprint() {
    }

    /** The line's text as fingerprints see it: ends trimmed, whitespace runs collapsed to one space. */
    public static String normalize(String lineText) {
        return lineText.strip().replaceAll("\\s+", " ");
    }

    /** The lower-case hex SHA-256 of {@code parts}, UTF-8, joined by NUL characters. */
    public static String sha256(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
