package dev.speclint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** spec-lint's version, as Maven built it. */
public final class SpecLintVersion {

    private static final String VERSION = load();

    private SpecLintVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SpecLintVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
