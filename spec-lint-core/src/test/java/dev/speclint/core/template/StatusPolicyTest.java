package dev.speclint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.parse.SpecParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusPolicyTest {

    private final SpecParser parser = new SpecParser();

    private final StatusPolicy policy = new StatusPolicy(StatusPolicy.DEFAULT_FIELD, Set.of("Approved"), Set.of(),
            Set.of(), Set.of(), Map.of("Rust Issue", List.of("N/A"), "Type", List.of("Process")));

    private SpecDocument spec(String header) {
        return parser.parse("0001-x.md", "# X\n\n" + header + "\n\n## Summary\n\nS.\n");
    }

    @Test
    void aFieldValueTheConfigNamesMarksASpecOfItsOwnOutline() {
        SpecDocument policyRfc = spec("- Feature Name: n/a\n- Rust Issue: n/a");
        assertThat(policy.ownOutline(policyRfc)).as("n/a names N/A").isTrue();
        assertThat(policy.holdsToTemplate(policyRfc)).isFalse();
        assertThat(policy.requires(true, Set.of(), policyRfc)).isFalse();
        assertThat(policy.requires(true, Set.of("Draft"), policyRfc)).as("nor in any status").isFalse();
        assertThat(policy.ownOutline(spec("**Type:** Process (meta)"))).as("by key and prefix, as statuses").isTrue();
    }

    @Test
    void otherValuesAnEmptyOneAndNoFieldKeepTheSpecHeldToTheTemplate() {
        for (String header : List.of("- Rust Issue: [rust-lang/rust#12](https://github.com/rust-lang/rust/issues/12)",
                "- Rust Issue:", "- Feature Name: x", "**Type:** Processing")) {
            SpecDocument d = spec(header);
            assertThat(policy.ownOutline(d)).as(header).isFalse();
            assertThat(policy.holdsToTemplate(d)).as(header).isTrue();
            assertThat(policy.requires(true, Set.of(), d)).as(header).isTrue();
        }
    }
}
