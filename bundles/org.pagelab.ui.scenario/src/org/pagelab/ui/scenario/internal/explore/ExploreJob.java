package org.pagelab.ui.scenario.internal.explore;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.pagelab.ui.JobProgress;

/**
 * An exploration as an Eclipse job: progress in the Progress view and the
 * status line (states so far), Cancel stops the engine (the run ends as
 * Incomplete, canceled). The result goes to {@link Runs} on the UI thread.
 */
public final class ExploreJob extends Job {
    /** The family of exploration jobs (tests wait for it). */
    public static final Object FAMILY = ExploreJob.class;

    private final String file;
    private final Path path;
    private final String text;
    private final LaunchConfig config;
    private final boolean unsaved;
    private volatile ExploreRun result;
    private boolean publish = true;

    public ExploreJob(String file, Path path, String text, LaunchConfig config, boolean unsaved) {
        super("Exploring " + file + " (" + config.describe() + ")");
        this.file = file;
        this.path = path;
        this.text = text;
        this.config = config;
        this.unsaved = unsaved;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ExploreRun r = Exploration.run(file, path, text, config, new JobProgress(monitor), unsaved);
        result = r;
        monitor.done();
        Display d = Display.getDefault();
        if (publish && !d.isDisposed()) {
            d.asyncExec(() -> Runs.get().add(r));
        }
        return "canceled".equals(r.incomplete()) ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Whether the run goes to {@link Runs} (the Verdict and Counterexample views); a comparison keeps its own. */
    public ExploreJob publish(boolean p) {
        publish = p;
        return this;
    }

    /** The run, once the job finished. */
    public ExploreRun result() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
