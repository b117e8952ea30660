package org.pagelab.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One headless subcommand of {@code ./pagelab}. A command parses its own
 * arguments (see {@link Args}), calls the engine, and prints. It never
 * touches SWT and never lets an exception escape: bad input is reported by
 * throwing {@link UsageException} (exit 2) or by returning an exit code.
 */
public interface Command {
    /** The word after {@code ./pagelab}, e.g. "check". */
    String name();

    /** One line for {@code ./pagelab --help}. */
    String summary();

    /** Full usage text, printed by {@code ./pagelab help NAME} and on usage errors. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code (0 success, 1 a check did not match, 2 unusable input)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
