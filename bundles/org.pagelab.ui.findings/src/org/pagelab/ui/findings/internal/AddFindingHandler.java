package org.pagelab.ui.findings.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.Severity;
import org.pagelab.ui.findings.FindingsUi;

/**
 * Add Finding: annotates the selected counterexample step (or range), trace
 * event, time range, page or VMA. The finding is saved next to the scenario
 * or trace at once and the Findings view shows it.
 */
public class AddFindingHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        Targets.Target t = Targets.of(sel, page);
        if (t == null) {
            MessageDialog.openInformation(shell, "Add Finding", "Select a counterexample step, a trace event or time "
                    + "range, or a page or VMA in the MM views first.");
            return null;
        }
        FindingDialog d = new FindingDialog(shell, t.what(), "", "", Severity.NOTE, List.of());
        if (d.open() != Window.OK) {
            return null;
        }
        add(shell, page, t, d.title(), d.text(), d.severity(), d.tags());
        return null;
    }

    /** Adds the finding (the part of {@link #execute} after the dialog); reports failures in a dialog when a shell is given. */
    static Finding add(Shell shell, IWorkbenchPage page, Targets.Target t, String title, String text, Severity severity,
            List<String> tags) {
        try {
            Finding f = FindingsStore.get().add(t.file(), t.anchor(), title, text, severity, tags);
            FindingsStore.get().setCurrent(t.file());
            if (page != null) {
                try {
                    page.showView(FindingsUi.VIEW_FINDINGS, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    Activator.log("cannot show the Findings view", e);
                }
            }
            return f;
        } catch (IOException e) {
            if (shell != null) {
                MessageDialog.openError(shell, "Add Finding", "Cannot save the finding: " + e.getMessage());
            }
            return null;
        }
    }

    @Override
    public void setEnabled(Object context) {
        boolean ok = false;
        if (context instanceof IEvaluationContext ec) {
            Object sel = ec.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
            Object win = ec.getVariable(ISources.ACTIVE_WORKBENCH_WINDOW_NAME);
            IWorkbenchPage page = win instanceof IWorkbenchWindow ww ? ww.getActivePage() : null;
            ok = sel instanceof ISelection s && Targets.annotatable(s, page);
        }
        setBaseEnabled(ok);
    }
}
