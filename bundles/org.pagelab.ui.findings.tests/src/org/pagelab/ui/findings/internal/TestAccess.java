package org.pagelab.ui.findings.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPage;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.Severity;

/** What the UI tests reach inside the bundle (no modal dialogs in tests). */
public final class TestAccess {
    private TestAccess() {
    }

    public static void resetStore() {
        FindingsStore.get().reset();
    }

    /** Add Finding on a selection, the dialog's answers given. */
    public static Finding add(IWorkbenchPage page, ISelection selection, String title, String text, Severity severity,
            List<String> tags) {
        Targets.Target t = Targets.of(selection, page);
        return t == null ? null : AddFindingHandler.add(null, page, t, title, text, severity, tags);
    }

    /** The anchor label Add Finding would use, or null when the selection cannot be annotated. */
    public static String target(IWorkbenchPage page, ISelection selection) {
        Targets.Target t = Targets.of(selection, page);
        return t == null ? null : t.what();
    }

    public static String title(FindingsView.Row r) {
        return r.finding().getTitle();
    }

    /** The status word of the Placed column. */
    public static String placed(FindingsView.Row r) {
        return r.place() == null ? "not yet" : r.place().status().name().toLowerCase(Locale.ROOT);
    }

    public static String contentDescription(FindingsView v) {
        return v.getContentDescription();
    }

    /** Export Mailing-List Reply to a text or .eml file without dialogs; returns the finished job's message. */
    public static String exportReply(java.nio.file.Path scenario, java.nio.file.Path out, boolean eml)
            throws InterruptedException {
        org.pagelab.engine.report.ReplyBuilder.Options o = new org.pagelab.engine.report.ReplyBuilder.Options();
        o.workers = 1;
        org.eclipse.core.runtime.jobs.Job j = ExportReplyHandler.schedule(org.eclipse.swt.widgets.Display.getCurrent(),
                scenario, o, eml ? ReplyDialog.Target.EML : ReplyDialog.Target.TEXT, out,
                new org.pagelab.engine.report.mail.EmlWriter.Headers(), false);
        j.join();
        return j.getResult().getMessage();
    }

    /** The charts Export Chart offers in the active window, as "title: form" labels. */
    public static java.util.List<String> chartChoices() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ExportChartHandler.Choice c : ExportChartHandler.choices(
                org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell())) {
            out.add(c.title() + ":" + c.ext());
        }
        return out;
    }

    /** Explore for Findings without dialogs; the job, still running (it needs the UI thread to finish). */
    public static org.eclipse.core.runtime.jobs.Job exploreForFindings(java.nio.file.Path scenario) {
        return ExploreForFindingsHandler.schedule(org.eclipse.swt.widgets.Display.getCurrent(), scenario, false);
    }
}
