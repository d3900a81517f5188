package dev.speclint.cli.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The user documentation: README.md and docs/*.md, and the fenced blocks in them. */
final class Docs {

    /** The repository root: tests run in the spec-lint-cli folder. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([\\w-]*).*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*real-output:\\s*(.+?)\\s*-->\\s*$");

    private Docs() {
    }

    /**
     * A fenced code block.
     *
     * @param file the page, relative to the root
     * @param line the 1-based line of the opening fence
     * @param language the info string's first word, or empty
     * @param text the block's lines, the fence's indentation removed, each ending in a line break
     * @param realOutput the command of a {@code <!-- real-output: COMMAND -->} comment on the line before
     *     the fence, if there is one
     */
    record Block(Path file, int line, String language, String text, Optional<String> realOutput) {

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** README.md and every page under docs/. */
    static List<Path> pages() {
        List<Path> out = new ArrayList<>();
        out.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fenced block of every page. */
    static List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (Path page : pages()) {
            out.addAll(blocks(page));
        }
        return out;
    }

    static List<Block> blocks(Path page) {
        List<String> lines = lines(page);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            String fence = open.group(2);
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().startsWith(fence)) {
                String l = lines.get(j);
                int cut = 0;
                while (cut < indent && cut < l.length() && l.charAt(cut) == ' ') {
                    cut++;
                }
                text.append(l.substring(cut)).append('\n');
                j++;
            }
            Optional<String> command = Optional.empty();
            if (i > 0) {
                Matcher m = MARKER.matcher(lines.get(i - 1));
                if (m.matches()) {
                    command = Optional.of(m.group(1));
                }
            }
            out.add(new Block(ROOT.relativize(page), i + 1, open.group(3), text.toString(), command));
            i = j;
        }
        return out;
    }
}
