package org.pagelab.ui.findings.internal;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.ui.JobProgress;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.report.ReplyBuilder;
import org.pagelab.ui.findings.FindingsUi;

/**
 * Explore for Findings: explores the scenario of the Findings view (under
 * its Model: line) in a job with progress and Cancel, and places its
 * findings on the counterexample found, so that findings can be made and
 * checked without another view publishing a counterexample.
 */
public class ExploreForFindingsHandler extends AbstractHandler {
    /** The job family. */
    public static final Object FAMILY = ExploreForFindingsHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        Path scenario = ReplySubject.scenario(w == null ? null : w.getActivePage());
        if (scenario == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Explore for Findings",
                    "Open a scenario (.pgl or .litmus) first.");
            return null;
        }
        schedule(HandlerUtil.getActiveShell(event).getDisplay(), scenario, true);
        return null;
    }

    /** Explores in a job; the counterexample goes to the findings store on the UI thread. */
    public static Job schedule(Display display, Path scenario, boolean interactive) {
        Job job = new Job("Exploring " + scenario.getFileName() + " for its findings") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Trace t;
                try {
                    t = ReplyBuilder.counterexample(scenario, new JobProgress(monitor));
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (ReplyBuilder.ReportException e) {
                    if (interactive) {
                        display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(),
                                "Explore for Findings", e.getMessage()));
                    }
                    return new Status(IStatus.WARNING, FindingsUi.PLUGIN_ID, e.getMessage());
                }
                if (t == null) {
                    String msg = scenario.getFileName() + ": no counterexample or witness (the final condition never "
                            + "holds and no invariant is violated): nothing to place step findings on.";
                    if (interactive) {
                        display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(),
                                "Explore for Findings", msg));
                    }
                    return new Status(IStatus.OK, FindingsUi.PLUGIN_ID, msg);
                }
                display.syncExec(() -> {
                    FindingsStore.get().counterexample(scenario, t);
                    FindingsStore.get().setCurrent(scenario);
                });
                return new Status(IStatus.OK, FindingsUi.PLUGIN_ID, t.steps().size() + " steps");
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(interactive);
        job.schedule();
        return job;
    }
}
