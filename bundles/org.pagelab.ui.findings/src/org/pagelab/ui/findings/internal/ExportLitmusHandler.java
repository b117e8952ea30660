package org.pagelab.ui.findings.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.lkmm.LitmusExport;

/**
 * Export .litmus: the open scenario as a herd7 litmus test (the LKMM
 * issue's export), written atomically where the user chooses. A scenario
 * outside the litmus subset gets the engine's located message.
 */
public class ExportLitmusHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        Path scenario = ReplySubject.scenario(w == null ? null : w.getActivePage());
        if (scenario == null) {
            MessageDialog.openInformation(shell, "Export .litmus", "Open a scenario (.pgl or .litmus) first.");
            return null;
        }
        String text;
        try {
            text = LitmusExport.export(scenario);
        } catch (ScenarioException e) {
            MessageDialog.openError(shell, "Export .litmus", "This scenario cannot be written as a litmus test:\n"
                    + e.getMessage());
            return null;
        } catch (IOException e) {
            MessageDialog.openError(shell, "Export .litmus", "Cannot read " + scenario + ": " + e.getMessage());
            return null;
        }
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] {"*.litmus", "*"});
        d.setFilterPath(scenario.getParent() == null ? null : scenario.getParent().toString());
        d.setFileName(scenario.getFileName().toString().replaceAll("\\.(pgl|litmus)$", "") + ".litmus");
        String out = d.open();
        if (out == null) {
            return null;
        }
        try {
            LitmusExport.writeAtomically(Path.of(out), text);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Export .litmus", "Cannot write " + out + ": " + e.getMessage());
        }
        return null;
    }
}
