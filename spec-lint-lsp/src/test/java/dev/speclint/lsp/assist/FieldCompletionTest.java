package dev.speclint.lsp.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.speclint.core.config.LintConfig;
import dev.speclint.core.engine.SpecLinter;
import dev.speclint.core.profile.Profile;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class FieldCompletionTest {

    private static final Profile PROFILE = profile();

    private static Profile profile() {
        try {
            return SpecLinter.builder().config(LintConfig.defaults()).build().profile();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> labels(String line) {
        return FieldCompletion.complete(line, new Position(4, line.length()), PROFILE).stream()
                .map(CompletionItem::getLabel).toList();
    }

    @Test
    void offersTheTemplatesStatusesInBoldAndListForm() {
        assertThat(labels("**Status:** ")).containsExactly("Draft", "Approved");
        assertThat(labels("- Status: ")).containsExactly("Draft", "Approved");
        assertThat(labels("**Status**: ")).containsExactly("Draft", "Approved");
    }

    @Test
    void replacesWhatIsTypedOfTheValue() {
        CompletionItem item = FieldCompletion.complete("**Status:** Dr", new Position(4, 14), PROFILE).get(0);
        assertThat(item.getTextEdit().getLeft().getRange()).isEqualTo(new Range(new Position(4, 12), new Position(4, 14)));
        assertThat(item.getTextEdit().getLeft().getNewText()).isEqualTo("Draft");
    }

    @Test
    void offersNothingOutsideAKnownFieldsValue() {
        assertThat(labels("Some prose: ")).isEmpty();
        assertThat(labels("**Status")).isEmpty();
        assertThat(labels("## Status: ")).isEmpty();
    }
}
