package org.pagelab.ui.scenario.internal.explore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pagelab.engine.ProgressMonitor;

/** The engine's progress and cancellation on an Eclipse job's monitor. */
final class EngineMonitor implements ProgressMonitor {
    private final IProgressMonitor monitor;
    private long total = UNKNOWN;
    private long done;
    private String task = "";

    EngineMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void begin(String task, long totalWork) {
        this.task = task;
        this.total = totalWork;
        this.done = 0;
        monitor.beginTask(task, totalWork > 0 && totalWork < Integer.MAX_VALUE ? (int) totalWork : IProgressMonitor.UNKNOWN);
    }

    @Override
    public void worked(long doneSoFar) {
        if (total > 0 && total < Integer.MAX_VALUE) {
            monitor.worked((int) Math.max(0, doneSoFar - done));
        } else {
            monitor.subTask(String.format("%s: %,d", task, doneSoFar));
        }
        done = doneSoFar;
    }

    @Override
    public void subTask(String detail) {
        monitor.subTask(detail);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }

    @Override
    public void done() {
        // the job ends the monitor
    }
}
