package dev.speclint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.engine.LintResult;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

    private static String render(LintResult result) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReporter().write(result, SampleResults.context(), out);
        return out.toString();
    }

    @Test
    void escapesTextAndAttributes() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
        assertThat(Html.escape("plain")).isSameAs("plain");
        assertThat(Html.escape("a\u0001b\u007fc\td\n")).isEqualTo("a\uFFFDb\uFFFDc\td\n");
    }

    @Test
    void pathsBecomeRelativeUrlsThatCannotNameAScheme() {
        assertThat(Html.pathUrl("docs/a b.md")).isEqualTo("docs/a%20b.md");
        assertThat(Html.pathUrl("javascript:alert(1).md")).isEqualTo("javascript%3Aalert%281%29.md");
        assertThat(Html.pathUrl("../x/ü.md")).isEqualTo("../x/%C3%BC.md");
    }

    @Test
    void aPageOfTheFindingsWithTheirLinesQuotedAndEscaped() throws Exception {
        String page = render(SampleResults.handBuilt());
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        // one row per file (the hand-built context indexes findings only), a section of findings each
        assertThat(page.split("<tr class=\"spec\">", -1)).hasSize(4);
        assertThat(page).contains("<a href=\"docs/a%20b.md#L3\">docs/a b.md:3:1</a>")
                .contains("<pre><code>BAD and OTHER</code></pre>")
                .contains("50% done, &quot;quoted&quot; &lt;tag&gt; &amp; &#39;co&#39;")
                .doesNotContain("<tag>");
        assertThat(page).doesNotContain("http://").doesNotContain("src=");
    }

    @Test
    void theOnlyScriptIsAllowedByItsHash() throws Exception {
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(HtmlReporter.SORT_SCRIPT.getBytes(StandardCharsets.UTF_8)));
        String page = render(SampleResults.handBuilt());
        assertThat(page).contains("script-src &#39;sha256-" + hash + "&#39;")
                .contains("default-src &#39;none&#39;")
                .contains("<script>" + HtmlReporter.SORT_SCRIPT + "</script>");
        assertThat(page.split("<script", -1)).hasSize(2);
    }

    @Test
    void sameResultSameBytes() throws Exception {
        assertThat(render(SampleResults.handBuilt())).isEqualTo(render(SampleResults.handBuilt()));
    }
}
