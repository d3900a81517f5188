package dev.speclint.lsp.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Code a workspace's {@code spec-lint.yaml} names: top-level {@code pluginPath:}, a jar, a class
 * folder or a folder of jars, or a list of them, relative to the config's folder. The command line
 * and the Maven plugin load it (running them is the user's choice); in an editor, opening a folder
 * must not run code the folder names, so unless the user's own settings allow it the server takes
 * these entries out of the text the config is read from (blank lines in their place, so line numbers
 * in messages stay right).
 */
public final class WorkspacePlugins {

    /** The key that names code. */
    public static final String KEY = "pluginPath";

    private WorkspacePlugins() {
    }

    /**
     * What the config names.
     *
     * @param configText the config without the code-naming entries
     * @param line 1-based line of the first such entry, 0 when there is none
     * @param entries the paths named, as written
     */
    public record Scan(String configText, int line, List<String> entries) {

        public Scan {
            entries = List.copyOf(entries);
        }

        public boolean namesCode() {
            return line > 0;
        }
    }

    /** Finds the code-naming entries of {@code yaml}; a config that is not YAML is left as it is (its reader reports it). */
    public static Scan scan(String yaml) {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true).setMaxAliasesForCollections(50)
                    .setAllowRecursiveKeys(false).setCodePointLimit(Math.max(yaml.length(), 1) + 16).build();
            root = new Compose(settings).composeString(yaml);
        } catch (YamlEngineException | IllegalArgumentException e) {
            return new Scan(yaml, 0, List.of());
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode map)) {
            return new Scan(yaml, 0, List.of());
        }
        String[] lines = yaml.split("\r\n|\r|\n", -1);
        int first = 0;
        List<String> entries = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !KEY.equals(k.getValue())) {
                continue;
            }
            int from = k.getStartMark().map(m -> m.getLine()).orElse(0);
            Node v = t.getValueNode();
            int to = v.getEndMark().map(m -> m.getColumn() == 0 ? m.getLine() - 1 : m.getLine()).orElse(from);
            for (int i = from; i <= Math.min(to, lines.length - 1); i++) {
                lines[i] = "";
            }
            if (first == 0) {
                first = from + 1;
            }
            if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
                entries.add(s.getValue());
            } else if (v instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                        entries.add(s.getValue());
                    }
                }
            }
        }
        return first == 0 ? new Scan(yaml, 0, List.of()) : new Scan(String.join("\n", lines), first, entries);
    }
}
