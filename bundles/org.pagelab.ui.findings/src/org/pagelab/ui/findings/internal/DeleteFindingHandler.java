package org.pagelab.ui.findings.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.model.findings.Finding;

/** Delete Finding (Findings view), after asking. */
public class DeleteFindingHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof FindingsView v) || v.subjectFile() == null) {
            return null;
        }
        List<Finding> fs = v.selectedFindings();
        if (fs.isEmpty()) {
            return null;
        }
        String what = fs.size() == 1 ? "\"" + fs.get(0).getTitle() + "\"" : fs.size() + " findings";
        if (!MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), "Delete Finding", "Delete " + what + "?")) {
            return null;
        }
        try {
            FindingsStore.get().delete(v.subjectFile(), fs);
        } catch (IOException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Delete Finding", "Cannot save: " + e.getMessage());
        }
        return null;
    }
}
