package dev.speclint.lsp.assist;

import dev.speclint.core.document.TitleKey;
import dev.speclint.core.profile.Profile;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleRegistry;
import dev.speclint.core.template.FieldSpec;
import dev.speclint.core.template.SectionSpec;
import dev.speclint.core.template.TemplateSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hover of a finding: the rule's summary (what {@code spec-lint explain} starts with) and where
 * in the template the expectation comes from: the template line of the section or field the message
 * names in quotes, else the template's name.
 */
public final class HoverText {

    private HoverText() {
    }

    /** A line of the template and its 1-based number. */
    record TemplateLine(int line, String text) {
    }

    /**
     * @param templateRoot where a template path in the profile's name is relative to
     */
    public static String of(Finding finding, RuleRegistry registry, Profile profile, Path templateRoot) {
        String rule = finding.violation().rule();
        StringBuilder sb = new StringBuilder();
        Optional<RuleDescriptor> d = registry.descriptor(rule);
        sb.append("**spec-lint `").append(rule).append("`**");
        d.ifPresent(desc -> sb.append(": ").append(desc.summary()).append('.'));
        sb.append("\n\n").append(finding.violation().message());
        Optional<Path> templateFile = templateFile(profile.name(), templateRoot);
        String template = templateFile.map(p -> "`" + p.getFileName() + "`")
                .orElse("built-in profile `" + profile.name() + "`");
        Optional<TemplateLine> line = templateLine(finding.violation().message(), profile.schema(), templateFile);
        sb.append("\n\n");
        if (line.isPresent()) {
            sb.append("Template ").append(template).append(", line ").append(line.get().line()).append(":\n\n")
                    .append("```markdown\n").append(line.get().text()).append("\n```");
        } else {
            sb.append("Template: ").append(template);
        }
        d.ifPresent(desc -> sb.append("\n\nMore: `spec-lint explain ").append(desc.id()).append('`'));
        return sb.toString();
    }

    private static Optional<Path> templateFile(String profileName, Path root) {
        try {
            Path p = root.resolve(profileName).normalize();
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Quoted names in a message: {@code 'Data Model'}, {@code "Status"}, {@code `Status`}. */
    private static final Pattern QUOTED = Pattern.compile("'([^']{1,200})'|\"([^\"]{1,200})\"|`([^`]{1,200})`");

    /**
     * The template line of the section or field the message names in quotes (compared by title key,
     * so {@code 'Data Model'} finds {@code ## 📊 Data Model}); the first quoted name that is one.
     */
    static Optional<TemplateLine> templateLine(String message, TemplateSchema schema, Optional<Path> templateFile) {
        int bestLine = 0;
        String bestText = null;
        Matcher m = QUOTED.matcher(message);
        while (bestText == null && m.find()) {
            String quoted = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String key = TitleKey.of(quoted);
            if (key.isEmpty()) {
                continue;
            }
            for (SectionSpec s : schema.allSections()) {
                if (s.line() > 0 && s.key().equals(key)) {
                    bestLine = s.line();
                    bestText = "#".repeat(s.level()) + " " + s.title();
                    break;
                }
            }
            if (bestText == null) {
                for (FieldSpec f : schema.fields()) {
                    if (f.line() > 0 && f.key().equals(key)) {
                        bestLine = f.line();
                        bestText = "**" + f.name() + ":** " + f.templateValue();
                        break;
                    }
                }
            }
        }
        if (bestText == null) {
            return Optional.empty();
        }
        // the template's own text when it is a file we can read; the schema's reconstruction otherwise
        if (templateFile.isPresent()) {
            try {
                List<String> lines = Files.readAllLines(templateFile.get());
                if (bestLine <= lines.size()) {
                    bestText = lines.get(bestLine - 1);
                }
            } catch (IOException | RuntimeException e) {
                // keep the reconstruction
            }
        }
        return Optional.of(new TemplateLine(bestLine, bestText));
    }
}
