package dev.speclint.core.report;

import static dev.speclint.core.report.Html.escape;

import dev.speclint.core.engine.LintResult;
import dev.speclint.core.index.SpecEntry;
import dev.speclint.core.index.SpecIndex;
import dev.speclint.core.rule.Violation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spec dashboard: one self-contained HTML file (inline CSS and SVG, one small inline script that
 * sorts the table) with the run's summary, a table of the specs with their completeness, and per spec
 * its findings with a link to the line and the line quoted. Everything printed from the input is
 * escaped ({@link Html#escape}); the page's Content-Security-Policy allows no network request and
 * runs only its own script (by hash), so even a slip in escaping could not load or run anything.
 * Line links are relative to the base directory: {@code path/to/spec.md#L12}.
 */
public final class HtmlReporter implements Reporter {

    /** The palette of the status bar, in order of the statuses (sorted); repeats after the last. */
    private static final List<String> PALETTE = List.of("#2f7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#00838f",
            "#ad1457", "#5d4037", "#546e7a");
    private static final String NO_STATUS_COLOR = "#9e9e9e";

    /** Sorts the specs table by a clicked column: numbers by value, text by locale. */
    static final String SORT_SCRIPT = """
            document.querySelectorAll('table.sortable').forEach(function (table) {
              table.querySelectorAll('thead th').forEach(function (th, col) {
                var button = th.querySelector('button');
                if (!button) { return; }
                button.addEventListener('click', function () {
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
                  table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
                  rows.sort(function (a, b) {
                    var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
                    return dir * c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            """;

    private static final String CSS = """
            :root{color-scheme:light}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
            header{background:#24292f;color:#fff;padding:14px 24px}
            header h1{margin:0;font-size:20px}
            header p{margin:4px 0 0;color:#d0d7de}
            main{padding:16px 24px;max-width:1400px}
            h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h3{font-size:15px;margin:18px 0 6px}
            .cards{display:flex;gap:12px;flex-wrap:wrap}
            .card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}
            .card b{display:block;font-size:22px}
            .legend{list-style:none;padding:0;margin:6px 0;display:flex;gap:14px;flex-wrap:wrap}
            .legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
            table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #d8dee4;padding:4px 8px;text-align:left;vertical-align:top}
            th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
            th[aria-sort=ascending] button::after{content:" \\25B2"}
            th[aria-sort=descending] button::after{content:" \\25BC"}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .bar{display:inline-flex;align-items:center;gap:6px;white-space:nowrap}
            .error{color:#cf222e}.warning{color:#9a6700}
            .finding{margin:4px 0 10px}
            .finding pre{margin:2px 0 0;padding:4px 8px;background:#f6f8fa;border-radius:4px;overflow-x:auto;white-space:pre-wrap}
            .muted{color:#656d76}
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /** The page's Content-Security-Policy: inline styles, data: images, and only {@link #SORT_SCRIPT}. */
    static String contentSecurityPolicy() {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
                + sha256(SORT_SCRIPT) + "'; base-uri 'none'; form-action 'none'";
    }

    @Override
    public void write(LintResult result, ReportContext context, Writer out) throws IOException {
        SpecIndex index = context.index(result);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape(contentSecurityPolicy()) + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"spec-lint " + escape(context.toolVersion()) + "\">\n");
        out.write("<title>spec-lint: " + index.specs().size() + " specs</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n");
        out.write("<header><h1>Spec dashboard</h1><p>" + index.specs().size() + " specs, " + result.errorCount()
                + " errors, " + result.warningCount() + " warnings &middot; spec-lint " + escape(context.toolVersion())
                + "</p></header>\n<main>\n");
        summary(index, result, out);
        specsTable(index, out);
        findings(index, result, context, out);
        out.write("</main>\n<script>" + SORT_SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void summary(SpecIndex index, LintResult result, Writer out) throws IOException {
        out.write("<section id=\"summary\"><h2>Summary</h2>\n<div class=\"cards\">");
        card(out, index.specs().size(), "specs");
        card(out, result.errorCount(), "errors");
        card(out, result.warningCount(), "warnings");
        long clean = index.specs().stream().filter(e -> e.findings() == 0).count();
        card(out, clean, "clean specs");
        out.write("</div>\n<h3>Specs by status</h3>\n");
        Map<String, String> colors = statusColors(index.byStatus().keySet());
        int total = index.specs().size();
        out.write("<svg id=\"status-bar\" role=\"img\" aria-label=\"specs by status\" width=\"100%\" height=\"22\" viewBox=\"0 0 1000 22\""
                + " preserveAspectRatio=\"none\">");
        double x = 0;
        for (Map.Entry<String, Integer> s : index.byStatus().entrySet()) {
            double w = total == 0 ? 0 : 1000.0 * s.getValue() / total;
            out.write(String.format(java.util.Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"22\" fill=\"%s\">"
                    + "<title>%s: %d</title></rect>", x, w, colors.get(s.getKey()), escape(statusName(s.getKey())), s.getValue()));
            x += w;
        }
        out.write("</svg>\n<ul class=\"legend\">");
        for (Map.Entry<String, Integer> s : index.byStatus().entrySet()) {
            out.write("<li><i style=\"background:" + colors.get(s.getKey()) + "\"></i>" + escape(statusName(s.getKey()))
                    + " " + s.getValue() + "</li>");
        }
        out.write("</ul>\n<h3>Findings by rule</h3>\n");
        if (index.byRule().isEmpty()) {
            out.write("<p class=\"muted\">No findings.</p>\n");
        } else {
            int max = index.byRule().values().stream().mapToInt(Integer::intValue).max().orElse(1);
            out.write("<table id=\"rules\"><thead><tr><th>Rule</th><th class=\"n\">Findings</th><th></th></tr></thead><tbody>\n");
            List<Map.Entry<String, Integer>> rules = new ArrayList<>(index.byRule().entrySet());
            rules.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Integer> r : rules) {
                out.write("<tr><td><code>" + escape(r.getKey()) + "</code></td><td class=\"n\">" + r.getValue()
                        + "</td><td>" + bar(r.getValue(), max, "#cf222e", 200) + "</td></tr>\n");
            }
            out.write("</tbody></table>\n");
        }
        out.write("</section>\n");
    }

    private static void card(Writer out, long n, String label) throws IOException {
        out.write("<div class=\"card\"><b>" + n + "</b>" + escape(label) + "</div>");
    }

    private static void specsTable(SpecIndex index, Writer out) throws IOException {
        out.write("<section><h2>Specs</h2>\n<table id=\"specs\" class=\"sortable\"><thead><tr>");
        for (String h : List.of("Id", "Title", "Status", "Author", "Created", "Sections", "Checklist", "Placeholders",
                "Errors", "Warnings")) {
            boolean numeric = Set.of("Placeholders", "Errors", "Warnings").contains(h);
            out.write("<th" + (numeric ? " class=\"n\"" : "") + "><button type=\"button\">" + h + "</button></th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        int n = 0;
        for (SpecEntry e : index.specs()) {
            n++;
            out.write("<tr class=\"spec\">");
            cell(out, e.id(), "<a href=\"#spec-" + n + "\">" + escape(e.id()) + "</a>", false);
            cell(out, e.title(), escape(e.title()), false);
            cell(out, e.status(), escape(e.status()), false);
            cell(out, e.author(), escape(e.author()), false);
            cell(out, e.created(), escape(e.created()), false);
            cell(out, String.valueOf(e.sectionsPercent()),
                    completeness(e.sectionsPresent(), e.sectionsExpected(), e.sectionsPercent(), "sections"), false);
            cell(out, String.valueOf(e.checklistPercent()),
                    completeness(e.checklistTicked(), e.checklistTotal(), e.checklistPercent(), "checklist items ticked"), false);
            cell(out, String.valueOf(e.placeholders()), String.valueOf(e.placeholders()), true);
            cell(out, String.valueOf(e.errors()), String.valueOf(e.errors()), true);
            cell(out, String.valueOf(e.warnings()), String.valueOf(e.warnings()), true);
            out.write("</tr>\n");
        }
        out.write("</tbody></table>\n</section>\n");
    }

    private static void cell(Writer out, String sortValue, String html, boolean numeric) throws IOException {
        out.write("<td" + (numeric ? " class=\"n\"" : "") + " data-v=\"" + escape(sortValue) + "\">" + html + "</td>");
    }

    private static String completeness(int part, int whole, int percent, String what) {
        String color = percent == 100 ? "#2f7d32" : percent >= 50 ? "#bf8700" : "#cf222e";
        return "<span class=\"bar\" title=\"" + part + " of " + whole + " " + escape(what) + "\">"
                + bar(percent, 100, color, 80) + " " + (whole == 0 ? "&ndash;" : part + "/" + whole) + "</span>";
    }

    /** A horizontal bar of {@code value} out of {@code max}, {@code width} pixels wide, as inline SVG. */
    private static String bar(int value, int max, String color, int width) {
        int w = max == 0 ? 0 : Math.round((float) width * value / max);
        return "<svg width=\"" + width + "\" height=\"10\" viewBox=\"0 0 " + width + " 10\" aria-hidden=\"true\""
                + "><rect width=\"" + width + "\" height=\"10\" rx=\"2\" fill=\"#eaeef2\"/>"
                + "<rect width=\"" + w + "\" height=\"10\" rx=\"2\" fill=\"" + color + "\"/></svg>";
    }

    private static void findings(SpecIndex index, LintResult result, ReportContext context, Writer out) throws IOException {
        Map<String, List<Violation>> byFile = result.violations().stream()
                .collect(Collectors.groupingBy(Violation::file, LinkedHashMap::new, Collectors.toList()));
        out.write("<section><h2>Findings</h2>\n");
        int n = 0;
        for (SpecEntry e : index.specs()) {
            n++;
            List<Violation> vs = byFile.remove(e.file());
            out.write("<section class=\"spec-findings\" id=\"spec-" + n + "\"><h3>" + escape(e.id())
                    + (e.title().isEmpty() ? "" : ": " + escape(e.title())) + " <span class=\"muted\">"
                    + escape(e.file()) + "</span></h3>\n");
            findingList(vs == null ? List.of() : vs, result, context, out);
            out.write("</section>\n");
        }
        for (Map.Entry<String, List<Violation>> other : byFile.entrySet()) {
            out.write("<section class=\"spec-findings\"><h3>" + escape(other.getKey()) + "</h3>\n");
            findingList(other.getValue(), result, context, out);
            out.write("</section>\n");
        }
        out.write("</section>\n");
    }

    private static void findingList(List<Violation> vs, LintResult result, ReportContext context, Writer out)
            throws IOException {
        if (vs.isEmpty()) {
            out.write("<p class=\"muted\">No findings.</p>\n");
            return;
        }
        for (Violation v : vs) {
            String where = v.file() + ":" + v.line() + ":" + v.column();
            out.write("<div class=\"finding\"><a href=\"" + escape(Html.pathUrl(v.file())) + "#L" + v.line() + "\">"
                    + escape(where) + "</a> <span class=\"" + v.severity().label() + "\">" + v.severity().label()
                    + "</span> " + escape(v.message()) + " ");
            String rule = escape(v.rule());
            out.write(context.registry() != null && context.registry().descriptor(v.rule()).isPresent()
                    ? "<a class=\"muted\" href=\"" + escape(context.registry().descriptor(v.rule()).get().docUrl(context.docsBase()))
                            + "\">[" + rule + "]</a>"
                    : "<span class=\"muted\">[" + rule + "]</span>");
            String line = result.lineText(v).orElse(null);
            if (line != null) {
                out.write("\n<pre><code>" + escape(line) + "</code></pre>");
            }
            out.write("</div>\n");
        }
    }

    private static Map<String, String> statusColors(Set<String> statuses) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (String s : statuses) {
            out.put(s, s.isEmpty() ? NO_STATUS_COLOR : PALETTE.get(i++ % PALETTE.size()));
        }
        return out;
    }

    private static String statusName(String status) {
        return status.isEmpty() ? "(no status)" : status;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
