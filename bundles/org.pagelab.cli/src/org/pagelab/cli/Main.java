package org.pagelab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.pagelab.engine.Version;

/**
 * Entry point of the headless {@code ./pagelab SUBCOMMAND ...}. Runs on a
 * plain class path (no OSGi, no SWT, no DISPLAY needed); the launcher script
 * builds that class path from the product's plugins directory.
 */
public final class Main {
    /** Every subcommand; add new ones here. */
    static final List<Command> COMMANDS = List.<Command>of(
            new StateCommand(),
            new LitmusCommand(),
            new TraceCommand(),
            new CheckCommand(),
            new CompareCommand(),
            new ReportCommand(),
            new BenchCommand());

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line; never throws. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            if (args.size() > 1) {
                Command c = find(args.get(1));
                if (c == null) {
                    err.println("pagelab: unknown command '" + args.get(1) + "' (see ./pagelab --help)");
                    return 2;
                }
                out.print(c.usage());
                return 0;
            }
            printHelp(out);
            return 0;
        }
        if (args.get(0).equals("--version") || args.get(0).equals("-V") || args.get(0).equals("version")) {
            out.println("Pagelab " + Version.get());
            return 0;
        }
        Command c = find(args.get(0));
        if (c == null) {
            err.println("pagelab: unknown command '" + args.get(0) + "' (see ./pagelab --help)");
            return 2;
        }
        try {
            return c.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println("pagelab " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("pagelab " + c.name() + ": out of memory (" + e.getMessage()
                    + "); give Java more with PAGELAB_JAVA_OPTS=-Xmx...");
            return 2;
        } catch (RuntimeException e) {
            // A bug, not bad input: one line plus where, never a bare stack trace.
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            err.println("pagelab " + c.name() + ": internal error: " + e + (at == null ? "" : " at " + at)
                    + " (please report it)");
            return 2;
        }
    }

    static Command find(String name) {
        for (Command c : COMMANDS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static void printHelp(PrintStream out) {
        out.println("Pagelab " + Version.get() + ": Linux memory-management race workbench");
        out.println();
        out.println("Usage:");
        out.println("  ./pagelab [-data DIR]          open the workbench (needs a display)");
        out.println("  ./pagelab COMMAND [ARGS...]    run headless (no display needed)");
        out.println("  ./pagelab --version | --help | help COMMAND");
        out.println();
        out.println("Commands:");
        for (Command c : COMMANDS) {
            out.printf("  %-8s %s%n", c.name(), c.summary());
        }
    }
}
