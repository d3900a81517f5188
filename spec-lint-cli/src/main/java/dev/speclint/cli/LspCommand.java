package dev.speclint.cli;

import dev.speclint.lsp.LspMain;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spec-lint lsp}: the language server over stdin and stdout. stdout carries the protocol
 * and nothing else: {@code System.out} is pointed at stderr while serving, so that a stray print
 * (a library's, a rule's) cannot corrupt a message.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs the language server over stdin/stdout, for editors (see docs/editor.md).",
            "Diagnostics as you type, quick fixes, hover and metadata completion; each buffer is "
                + "linted with the nearest spec-lint.yaml."})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--plugin-path", paramLabel = "DIR",
            description = "Also load rules and profiles from every jar in DIR (repeatable; "
                    + PluginPath.ENV + " adds jars too). Code a workspace's config names is loaded only "
                    + "with the editor setting specLint.allowWorkspacePlugins.")
    List<Path> pluginPath = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ClassLoader loader = PluginPath.loader(pluginPath, System.getenv(PluginPath.ENV));
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        PrintStream previous = System.out;
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        try {
            return LspMain.serve(new FileInputStream(FileDescriptor.in), protocol, loader);
        } finally {
            System.setOut(previous);
        }
    }
}
