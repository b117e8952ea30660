package org.pagelab.ui.findings.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.ui.JobProgress;
import org.pagelab.engine.report.ReplyBuilder;
import org.pagelab.engine.report.mail.EmlWriter;
import org.pagelab.model.MmStates;
import org.pagelab.ui.findings.FindingsUi;

/**
 * Export Mailing-List Reply (Analysis menu, Findings view): asks what to
 * include, explores and composes in a job (progress, Cancel), then puts
 * the reply on the clipboard or writes a .txt or .eml file atomically. The
 * same engine code as {@code ./pagelab report}.
 */
public class ExportReplyHandler extends AbstractHandler {
    /** The job family of reply exports. */
    public static final Object FAMILY = ExportReplyHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        Path scenario = ReplySubject.scenario(w == null ? null : w.getActivePage());
        if (scenario == null) {
            MessageDialog.openInformation(shell, "Export Mailing-List Reply",
                    "Open a scenario (.pgl or .litmus) first: the reply is about its exploration.");
            return null;
        }
        ReplyDialog d = new ReplyDialog(shell, scenario, settings());
        if (d.open() != Window.OK) {
            return null;
        }
        String outFile = null;
        if (d.target() != ReplyDialog.Target.CLIPBOARD) {
            FileDialog fd = new FileDialog(shell, SWT.SAVE);
            fd.setOverwrite(true);
            boolean eml = d.target() == ReplyDialog.Target.EML;
            fd.setFilterExtensions(new String[] {eml ? "*.eml" : "*.txt", "*"});
            fd.setFilterPath(scenario.getParent() == null ? null : scenario.getParent().toString());
            fd.setFileName(scenario.getFileName().toString().replaceAll("\\.(pgl|litmus)$", "") + "-reply"
                    + (eml ? ".eml" : ".txt"));
            outFile = fd.open();
            if (outFile == null) {
                return null;
            }
        }
        EmlWriter.Headers h = new EmlWriter.Headers();
        h.from = d.from();
        schedule(shell.getDisplay(), scenario, d.options(), d.target(), outFile == null ? null : Path.of(outFile), h,
                true);
        return null;
    }

    private static IDialogSettings settings() {
        Activator a = Activator.get();
        if (a == null) {
            return null;
        }
        IDialogSettings s = a.getDialogSettings();
        IDialogSettings sec = s.getSection("reply");
        return sec != null ? sec : s.addNewSection("reply");
    }

    /**
     * Builds the reply in a job and delivers it. With {@code interactive},
     * errors and warnings are shown in dialogs; otherwise (tests) they are
     * only in the job's result.
     */
    public static Job schedule(Display display, Path scenario, ReplyBuilder.Options o, ReplyDialog.Target target,
            Path file, EmlWriter.Headers headers, boolean interactive) {
        Job job = new Job("Mailing-list reply for " + scenario.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                o.monitor = new JobProgress(monitor);
                ReplyBuilder.Result r;
                try {
                    r = ReplyBuilder.build(scenario, o);
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (ReplyBuilder.ReportException e) {
                    report(display, interactive, "Cannot make the reply", e.getMessage());
                    return new Status(IStatus.WARNING, FindingsUi.PLUGIN_ID, e.getMessage());
                }
                String text = r.reply().text();
                try {
                    switch (target) {
                        case CLIPBOARD -> display.syncExec(() -> {
                            Clipboard cb = new Clipboard(display);
                            cb.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
                            cb.dispose();
                        });
                        case TEXT -> MmStates.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
                        case EML -> MmStates.writeAtomically(file, EmlWriter.write(text, r.replyTo(), headers));
                    }
                } catch (IOException e) {
                    report(display, interactive, "Cannot write the reply", file + ": " + e.getMessage());
                    return new Status(IStatus.WARNING, FindingsUi.PLUGIN_ID, file + ": " + e.getMessage());
                }
                String where = target == ReplyDialog.Target.CLIPBOARD ? "on the clipboard" : "in " + file;
                String msg = "The reply (" + r.reply().lines().size() + " lines) is " + where + "."
                        + (r.warnings().isEmpty() ? "" : "\n\n" + String.join("\n", r.warnings()));
                if (!r.warnings().isEmpty() || interactive) {
                    report(display, interactive, "Export Mailing-List Reply", msg);
                }
                return new Status(IStatus.OK, FindingsUi.PLUGIN_ID, msg);
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

    private static void report(Display display, boolean interactive, String title, String message) {
        if (!interactive) {
            return;
        }
        display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), title, message));
    }
}
