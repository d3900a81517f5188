package dev.speclint.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java} block of the README and docs/ compiles against spec-lint (core, rules, CLI) and
 * the test libraries. A block that declares a type is compiled as a source file as it stands; any
 * other block is statements, compiled in a method body, with its own leading imports: nothing is
 * imported for it, so a snippet a reader copies has every import it needs.
 */
class JavaSnippetsTest {

    private static final Pattern TYPE = Pattern.compile(
            "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)", Pattern.MULTILINE);

    @TempDir
    Path classes;

    static Stream<Docs.Block> snippets() {
        return Docs.blocks().stream().filter(b -> b.language().equals("java"));
    }

    @Test
    void theReadmeHasAJavaSnippet() {
        assertThat(snippets()).anyMatch(b -> b.file().toString().equals("README.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void compiles(Docs.Block block) throws Exception {
        String source = compilationUnit(block);
        List<String> problems = compile(className(source), source);
        assertThat(problems).as("%s does not compile as\n%s", block, source).isEmpty();
    }

    /** The block as a source file: as it stands when it declares a type, else wrapped in a method. */
    static String compilationUnit(Docs.Block block) {
        String text = block.text();
        if (TYPE.matcher(text).find()) {
            return text;
        }
        List<String> head = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean header = body.isEmpty() && (line.startsWith("import ") || line.isBlank());
            (header ? head : body).add(line);
        }
        return String.join("\n", head) + "\nclass Snippet {\n    void run() throws Exception {\n"
                + String.join("\n", body) + "\n    }\n}\n";
    }

    private static String className(String source) {
        Matcher m = PUBLIC_TYPE.matcher(source);
        if (m.find()) {
            return m.group(1);
        }
        m = TYPE.matcher(source);
        return m.find() ? m.group(1) : "Snippet";
    }

    private List<String> compile(String name, String source) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString(), "-proc:none", "--release", "17");
            compiler.getTask(null, files, diagnostics, options, null, List.of(file)).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
    }
}
