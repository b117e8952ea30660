package org.pagelab.ui.findings.internal;

import java.io.IOException;
import java.util.ArrayList;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.engine.findings.Anchors;
import org.pagelab.model.findings.Finding;

/** Edit Finding (Findings view): title, text, severity, tags of the selected finding. */
public class EditFindingHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof FindingsView v)) {
            return null;
        }
        Finding f = v.selectedFinding();
        if (f == null || v.subjectFile() == null) {
            return null;
        }
        FindingDialog d = new FindingDialog(HandlerUtil.getActiveShell(event), Anchors.label(f.getAnchor()), f.getTitle(),
                f.getText(), f.getSeverity(), new ArrayList<>(f.getTags()));
        if (d.open() != Window.OK) {
            return null;
        }
        try {
            FindingsStore.get().edit(v.subjectFile(), f, d.title(), d.text(), d.severity(), d.tags());
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Edit Finding", "Cannot save: " + e.getMessage());
        }
        return null;
    }
}
