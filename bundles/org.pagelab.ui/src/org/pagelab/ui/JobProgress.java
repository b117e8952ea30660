package org.pagelab.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pagelab.engine.ProgressMonitor;

/**
 * The engine's progress and cancellation on an Eclipse job's monitor, for
 * every UI bundle that runs engine work in a job. Work of a known size is
 * scaled to 1000 ticks; work of unknown size (exploration) shows its count
 * in the sub-task line. The job ends the Eclipse monitor, not this adapter:
 * the engine may begin several tasks on one monitor.
 */
public final class JobProgress implements ProgressMonitor {
    private static final int TICKS = 1000;
    private final IProgressMonitor m;
    private String task = "";
    private long total = UNKNOWN;
    private int reported;
    private volatile double fraction;

    public JobProgress(IProgressMonitor m) {
        this.m = m;
    }

    @Override
    public void begin(String task, long totalWork) {
        this.task = task;
        total = totalWork;
        reported = 0;
        m.beginTask(task, totalWork > 0 ? TICKS : IProgressMonitor.UNKNOWN);
    }

    @Override
    public void worked(long doneSoFar) {
        if (total <= 0) {
            m.subTask(String.format("%s: %,d", task, doneSoFar));
            return;
        }
        fraction = Math.min(1, (double) doneSoFar / total);
        int ticks = (int) (fraction * TICKS);
        if (ticks > reported) {
            m.worked(ticks - reported);
            reported = ticks;
        }
    }

    /** Fraction done of the current task (0..1), for an in-editor progress label. */
    public double fraction() {
        return fraction;
    }

    @Override
    public void subTask(String detail) {
        m.subTask(detail);
    }

    @Override
    public boolean isCanceled() {
        return m.isCanceled();
    }

    @Override
    public void done() {
        // the job ends its monitor
    }
}
