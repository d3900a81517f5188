package dev.speclint.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Markdown of each example in the CommonMark spec ({@code spec.txt}), {@code →} turned back into a tab. */
public final class CommonMarkExamples {

    private static final String FENCE = "`".repeat(32);

    private CommonMarkExamples() {
    }

    public static List<String> read(Path specTxt) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        boolean inMarkdown = false;
        for (String line : Files.readAllLines(specTxt, StandardCharsets.UTF_8)) {
            if (line.equals(FENCE + " example")) {
                current = new StringBuilder();
                inMarkdown = true;
            } else if (inMarkdown && line.equals(".")) {
                out.add(current.toString().replace('\u2192', '\t'));
                inMarkdown = false;
            } else if (inMarkdown) {
                current.append(line).append('\n');
            }
        }
        return out;
    }
}
