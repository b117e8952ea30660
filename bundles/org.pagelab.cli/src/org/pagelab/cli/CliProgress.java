package org.pagelab.cli;

import java.io.PrintStream;

import org.pagelab.engine.ProgressMonitor;

/**
 * Progress on stderr for long engine work: nothing for work that ends
 * within a second, then one line updated in place on a terminal (or a new
 * line every few seconds when stderr is a file or pipe). Work with a known
 * size (loading a file) shows how far it got; work reporting sub-tasks
 * (exploration: states, depth) shows the latest one after the label.
 */
public final class CliProgress implements ProgressMonitor {
    private final PrintStream err;
    private final boolean tty;
    private String task = "";
    private long total = UNKNOWN;
    private long start;
    private long lastPrint;
    private boolean printed;
    private final String label;

    public CliProgress(PrintStream err) {
        this(err, null);
    }

    /**
     * Progress of work that describes itself in sub-tasks (exploration:
     * states, depth): each line is {@code label} ("check FILE") and the
     * latest sub-task; the amounts of {@link #worked} are not shown.
     */
    public CliProgress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
        this.tty = System.console() != null && err == System.err;
        this.start = System.nanoTime(); // for work that reports without begin()
        this.lastPrint = start;
    }

    @Override
    public void begin(String name, long totalWork) {
        task = name;
        total = totalWork;
        start = System.nanoTime();
        lastPrint = start;
    }

    @Override
    public void worked(long done) {
        long now = System.nanoTime();
        if (label != null || !due(now)) { // labelled runs report through their sub-task lines
            return;
        }
        String pct = total > 0 ? String.format("%3d%%", Math.min(100, done * 100 / total)) : "";
        print(task + ": " + pct + " (" + human(done) + (total > 0 ? " of " + human(total) : "") + ", "
                + (now - start) / 1_000_000_000L + " s)");
    }

    @Override
    public void subTask(String detail) {
        long now = System.nanoTime();
        if (!due(now)) {
            return;
        }
        print((label != null ? label : task) + ": " + detail + ", " + (now - start) / 1_000_000_000L + " s");
    }

    /** Whether a line is due: not in the first second, then every 1/4 s on a terminal, every 3 s elsewhere. */
    private boolean due(long now) {
        long gap = tty ? 250_000_000L : 3_000_000_000L;
        if (now - start < 1_000_000_000L || now - lastPrint < gap) {
            return false;
        }
        lastPrint = now;
        return true;
    }

    private void print(String line) {
        if (tty) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
        printed = true;
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public void done() {
        if (printed && tty) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
        printed = false;
    }

    static String human(long bytes) {
        if (bytes < 10_000) {
            return bytes + " B";
        }
        if (bytes < 10_000_000) {
            return bytes / 1000 + " kB";
        }
        if (bytes < 10_000_000_000L) {
            return bytes / 1_000_000 + " MB";
        }
        return String.format("%.1f GB", bytes / 1e9);
    }
}
