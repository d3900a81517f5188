package dev.speclint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpecLintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}
