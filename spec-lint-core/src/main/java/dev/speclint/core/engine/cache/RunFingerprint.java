package dev.speclint.core.engine.cache;

import dev.speclint.core.SpecLintVersion;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.profile.ProfileSet;
import dev.speclint.core.rule.ProjectRule;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.template.PlaceholderSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a lint result depends on besides the linted file's own bytes, as one SHA-256: spec-lint's
 * version and code, the rules (ids, classes and their code), the effective config, every profile's
 * compiled template (what rules see of a template) and options, and the base directory (display
 * paths). A cache written under another fingerprint is not used.
 *
 * <p>Collections are written in a canonical order (sets and maps sorted), so the same inputs give the
 * same fingerprint in every JVM.
 */
public final class RunFingerprint {

    private RunFingerprint() {
    }

    /** The fingerprint of a run with these rules, profiles and base directory. */
    public static String of(RuleRegistry registry, ProfileSet profiles, Path baseDir) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("spec-lint ").append(SpecLintVersion.get()).append('\n');
        sb.append("engine ").append(code(RunFingerprint.class)).append('\n');
        sb.append("baseDir ").append(baseDir).append('\n');
        for (RuleDescriptor d : registry.descriptors()) {
            sb.append("id ");
            canonical(d, sb);
            sb.append('\n');
        }
        for (Rule r : registry.rules()) {
            sb.append("rule ").append(r.descriptor().id()).append(' ').append(code(r.getClass())).append('\n');
        }
        for (ProjectRule r : registry.projectRules()) {
            sb.append("project-rule ").append(r.descriptor().id()).append(' ').append(code(r.getClass())).append('\n');
        }
        sb.append("root ").append(profiles.root()).append('\n');
        for (Profile p : profiles.all()) {
            sb.append("profile ");
            canonical(p, sb);
            sb.append('\n');
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Identifies the code of {@code type}: its class name, the SHA-256 of its class file and, when it
     * comes from a jar, the jar's size and modification time (a rebuilt jar counts as new code).
     */
    static String code(Class<?> type) {
        StringBuilder sb = new StringBuilder(type.getName());
        String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in != null) {
                sb.append(' ').append(sha256(in.readAllBytes()), 0, 16);
            }
        } catch (IOException e) {
            sb.append(" unreadable");
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location != null && "file".equals(location.getProtocol())) {
            try {
                Path jar = Path.of(location.toURI());
                if (Files.isRegularFile(jar)) {
                    sb.append(' ').append(Files.size(jar)).append('@').append(Files.getLastModifiedTime(jar).toMillis());
                }
            } catch (URISyntaxException | IOException | IllegalArgumentException | SecurityException e) {
                sb.append(" ?");
            }
        }
        return sb.toString();
    }

    /**
     * Writes {@code value} canonically: records component by component, maps and sets sorted, lists in
     * order, strings quoted.
     */
    static void canonical(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(s, sb);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            sb.append(value.getClass().getSimpleName()).append(':').append(value);
        } else if (value instanceof Path p) {
            sb.append("path:");
            quote(p.toString(), sb);
        } else if (value instanceof Optional<?> o) {
            sb.append("opt(");
            canonical(o.orElse(null), sb);
            sb.append(')');
        } else if (value instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                StringBuilder entry = new StringBuilder();
                canonical(e.getKey(), entry);
                entry.append('=');
                canonical(e.getValue(), entry);
                entries.add(entry.toString());
            }
            entries.sort(null);
            sb.append('{').append(String.join(",", entries)).append('}');
        } else if (value instanceof Set<?> set) {
            List<String> items = new ArrayList<>(set.size());
            for (Object item : set) {
                StringBuilder one = new StringBuilder();
                canonical(item, one);
                items.add(one.toString());
            }
            items.sort(null);
            sb.append("set[").append(String.join(",", items)).append(']');
        } else if (value instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                canonical(item, sb);
            }
            sb.append(']');
        } else if (value instanceof PlaceholderSyntax syntax) {
            sb.append("placeholders");
            canonical(syntax.extraPatterns(), sb);
        } else if (value.getClass().isRecord()) {
            sb.append(value.getClass().getName()).append('(');
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                sb.append(c.getName()).append('=');
                try {
                    c.getAccessor().setAccessible(true);
                    canonical(c.getAccessor().invoke(value), sb);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // unreadable: a value unique to this run, so the cache is never reused wrongly
                    sb.append("unreadable@").append(System.identityHashCode(value));
                }
                sb.append(';');
            }
            sb.append(')');
        } else {
            // an unknown type: its text, or its identity when it has no text of its own (no reuse)
            sb.append(value.getClass().getName()).append(':');
            quote(String.valueOf(value), sb);
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
