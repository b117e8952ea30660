package org.pagelab.ui.scenario.internal.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New Scenario... */
public class NewScenarioHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        NewScenarioWizard w = new NewScenarioWizard();
        w.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), null);
        new WizardDialog(HandlerUtil.getActiveShell(event), w).open();
        return null;
    }
}
