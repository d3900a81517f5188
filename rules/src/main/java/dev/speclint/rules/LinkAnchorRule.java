package dev.speclint.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.speclint.core.document.Link;
import dev.speclint.core.document.Section;
import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.rule.Rule;
import dev.speclint.core.rule.RuleContext;
import dev.speclint.core.rule.RuleDescriptor;
import dev.speclint.core.rule.RuleOption;
import dev.speclint.core.rule.RuleOptions;
import dev.speclint.core.rule.Severity;
import dev.speclint.core.util.Globs;
import dev.speclint.core.util.Suggestions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links inside the repository resolve. A {@code #fragment} link names a heading of the document by
 * its GitHub slug, or an HTML anchor ({@code <a name="x">}, {@code id="x"}); a relative link
 * ({@code ./other.md}, {@code img/a.png}: no scheme, not rooted at {@code /}) names an existing file,
 * after dropping {@code ?query} and {@code #fragment} and decoding {@code %20}. Fragments pointing
 * into other files are not checked. Option {@code checkFiles: false} checks fragments only (for a copy
 * of the documents without the files they link to, or links to pages a site generator makes); option
 * {@code skipFiles} lists globs of targets not checked ({@code ["**}{@code /*.png"]}: images built or
 * kept elsewhere).
 */
public final class LinkAnchorRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("link-anchor",
            "In-document anchors and relative file links resolve", Severity.ERROR);

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HTML_ANCHOR = Pattern.compile(
            "(?i)<[a-z][a-z0-9]*\\s[^>]*?\\b(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Option {@code checkFiles}. */
    static final RuleOption<Boolean> CHECK_FILES = RuleOption.bool("checkFiles", true, "false checks in-document "
            + "anchors only (a copy of the documents without the files they link to, or pages a site generator makes)");
    /** Option {@code skipFiles}. */
    static final RuleOption<List<String>> SKIP_FILES = RuleOption.strings("skipFiles", "globs of relative link "
            + "targets not checked, e.g. [\"**/*.png\", \"../**\"] (images built elsewhere, files outside the linted tree)");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(CHECK_FILES, SKIP_FILES);
    }

    @Override
    public void validateOptions(RuleOptions options) {
        skipFiles(options);
    }

    /** Option {@code skipFiles} as globs; null when it is not set. */
    private static Globs skipFiles(RuleOptions options) {
        return options.find(SKIP_FILES).map(globs -> {
            try {
                return Globs.of(globs);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("option 'skipFiles' of rule 'link-anchor': " + e.getMessage(), e);
            }
        }).orElse(null);
    }

    @Override
    public void check(SpecDocument document, RuleContext context) {
        boolean checkFiles = context.options().get(CHECK_FILES);
        Globs skip = skipFiles(context.options());
        Set<String> anchors = null; // computed on the first fragment link
        for (Link link : document.links()) {
            if (link.kind() == Link.Kind.AUTOLINK) {
                continue;
            }
            String dest = link.destination().strip();
            if (dest.isEmpty() || dest.contains("{{") || dest.contains("{%")) {
                continue; // an undefined reference, or a site generator's template
            }
            if (dest.startsWith("#")) {
                String fragment = decode(dest.substring(1)).toLowerCase(Locale.ROOT);
                if (fragment.isEmpty() || fragment.equals("top")) {
                    continue;
                }
                if (anchors == null) {
                    anchors = anchors(document);
                }
                if (!anchors.contains(fragment)) {
                    context.report(link.line(), link.column(), "link to '" + dest + "': no heading or anchor of this "
                            + "document has that id" + Suggestions.didYouMean(fragment, anchors)
                            + "; GitHub ids are the heading in lower case, punctuation dropped, spaces as '-'");
                }
                continue;
            }
            if (!checkFiles || SCHEME.matcher(dest).find() || dest.startsWith("/")) {
                continue; // a URL, or a path from a root this linter does not know
            }
            String path = decode(stripQueryAndFragment(dest));
            if (!path.isEmpty() && !skipped(skip, path) && !context.fileExists(path)) {
                context.report(link.line(), link.column(), "link to '" + dest + "': " + path + " does not exist next "
                        + "to this file: fix the path or add the file");
            }
        }
    }

    private static boolean skipped(Globs skip, String path) {
        try {
            return skip != null && skip.matches(java.nio.file.Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** A trailing attribute block on a heading: {@code { #id .class key=value }}. */
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("\\{\\s*([^{}]*#[^{}]*?)\\s*}\\s*$");
    private static final Pattern ATTRIBUTE_ID = Pattern.compile("(?:^|\\s)#([^\\s#.{}]+)");

    /** Every id a {@code #fragment} may name: heading slugs, heading attribute ids and HTML anchors, lower case. */
    static Set<String> anchors(SpecDocument document) {
        Set<String> out = new LinkedHashSet<>();
        Slugs slugs = new Slugs();
        for (Section s : document.allSections()) {
            String slug = slugs.next(s.title());
            out.add(slug);
            out.add(Slugs.withoutVariationSelectors(slug));
            // `## Title { #id .class }`: the heading-attribute syntax of mdBook, Pandoc, kramdown and
            // Python-Markdown declares the id; GitHub shows the braces as text and slugs them (above)
            if (s.title().indexOf('{') < 0) {
                continue;
            }
            Matcher attrs = HEADING_ATTRIBUTES.matcher(s.title());
            if (attrs.find()) {
                Matcher id = ATTRIBUTE_ID.matcher(attrs.group(1));
                if (id.find()) {
                    out.add(id.group(1).toLowerCase(Locale.ROOT));
                }
                out.add(Slugs.slug(s.title().substring(0, attrs.start()).strip()));
            }
        }
        List<String> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('<') < 0 || document.inCodeBlock(i + 1)) {
                continue;
            }
            Matcher m = HTML_ANCHOR.matcher(line);
            while (m.find()) {
                String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                out.add(id.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String stripQueryAndFragment(String dest) {
        int end = dest.length();
        int q = dest.indexOf('?');
        int h = dest.indexOf('#');
        if (q >= 0) {
            end = Math.min(end, q);
        }
        if (h >= 0) {
            end = Math.min(end, h);
        }
        return dest.substring(0, end);
    }

    /** Percent-decoding as UTF-8; a malformed escape is kept as written. {@code +} stays {@code +}. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0
                    && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
