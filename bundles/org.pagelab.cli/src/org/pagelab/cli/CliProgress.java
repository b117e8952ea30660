package org.pagelab.cli;

import java.io.PrintStream;

import org.pagelab.engine.ProgressMonitor;

/**
 * Progress on stderr for long engine work: nothing for work that ends
 * within a second, then one line updated in place on a terminal (or a new
 * line every few seconds when stderr is a file or pipe).
 */
public final class CliProgress implements ProgressMonitor {
    private final PrintStream err;
    private final boolean tty;
    private String task = "";
    private long total = UNKNOWN;
    private long start;
    private long lastPrint;
    private boolean printed;

    public CliProgress(PrintStream err) {
        this.err = err;
        this.tty = System.console() != null && err == System.err;
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
        long gap = tty ? 250_000_000L : 3_000_000_000L;
        if (now - start < 1_000_000_000L || now - lastPrint < gap) {
            return;
        }
        lastPrint = now;
        String pct = total > 0 ? String.format("%3d%%", Math.min(100, done * 100 / total)) : "";
        String line = task + ": " + pct + " (" + human(done) + (total > 0 ? " of " + human(total) : "") + ", "
                + (now - start) / 1_000_000_000L + " s)";
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
