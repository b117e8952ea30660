package org.pagelab.ui.findings.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.engine.findings.Refs;
import org.pagelab.engine.findings.StepKey;
import org.pagelab.model.findings.Severity;

/**
 * Add Finding on a Step: picks a step of the counterexample the findings
 * of the current scenario are placed on (Explore for Findings, or the one
 * a view showed), then asks for the finding.
 */
public class AddStepFindingHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        Path scenario = ReplySubject.scenario(page);
        FindingsStore.Subject s = scenario == null ? null : FindingsStore.get().subject(scenario);
        if (s == null || s.counterexample() == null) {
            MessageDialog.openInformation(shell, "Add Finding on a Step", "No counterexample of "
                    + (scenario == null ? "a scenario" : scenario.getFileName()) + " is known yet: run Explore for "
                    + "Findings (Findings view) first.");
            return null;
        }
        ListDialog d = new ListDialog(shell);
        d.setTitle("Add Finding on a Step");
        d.setMessage("Which step of the counterexample?");
        d.setContentProvider(ArrayContentProvider.getInstance());
        d.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                StepKey k = (StepKey) element;
                return k.describe() + ": " + (k.changes().isEmpty() ? k.sourceLine() : String.join("; ", k.changes()));
            }
        });
        List<StepKey> steps = s.steps().steps();
        d.setInput(steps);
        d.setInitialSelections(steps.get(steps.size() - 1));
        if (d.open() != Window.OK || d.getResult().length == 0) {
            return null;
        }
        StepKey k = (StepKey) d.getResult()[0];
        Targets.Target t = Targets.of(new StructuredSelection(new Refs.Step(scenario, s.counterexample(), k.index())),
                page);
        FindingDialog fd = new FindingDialog(shell, t.what(), "", "", Severity.NOTE, List.of());
        if (fd.open() == Window.OK) {
            AddFindingHandler.add(shell, page, t, fd.title(), fd.text(), fd.severity(), fd.tags());
        }
        return null;
    }
}
