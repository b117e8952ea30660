package org.pagelab.ui.scenario.internal.explore;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ScenarioEditor;
import org.pagelab.ui.scenario.internal.views.CompareView;

/** Analysis > Compare Variants: pick a function and two of its variants, explore both, show them side by side. */
public class CompareHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart ed = HandlerUtil.getActiveEditor(event);
        if (!(ed instanceof ScenarioEditor se)) {
            ExploreHandler.refuse(HandlerUtil.getActiveWorkbenchWindow(event), "Open a scenario to compare variants.");
            return null;
        }
        String why = ExploreHandler.cannotExplore(se);
        if (why != null) {
            ExploreHandler.refuse(HandlerUtil.getActiveWorkbenchWindow(event), why);
            return null;
        }
        List<Catalog.Fn> fns = Catalog.library().with(se.document().fileName(), se.document().document().get())
                .functionsWithVariants();
        if (fns.isEmpty()) {
            ExploreHandler.refuse(HandlerUtil.getActiveWorkbenchWindow(event),
                    "No function of " + se.document().fileName() + " or of its library has variants to compare.");
            return null;
        }
        Choice c = new Choice(HandlerUtil.getActiveShell(event), fns);
        if (c.open() != Window.OK) {
            return null;
        }
        try {
            CompareView v = (CompareView) se.getSite().getPage().showView(CompareView.ID);
            v.compare(se, c.fn, c.a, c.b, "sc");
        } catch (PartInitException e) {
            org.pagelab.ui.scenario.internal.Activator.warn("cannot open the comparison", e);
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        var w = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        setBaseEnabled(w != null && w.getActivePage() != null && w.getActivePage().getActiveEditor() instanceof ScenarioEditor);
    }

    /** The function and the two variants. */
    private static final class Choice extends Dialog {
        private final List<Catalog.Fn> fns;
        String fn;
        String a;
        String b;
        private Combo fc;
        private Combo ac;
        private Combo bc;

        Choice(Shell shell, List<Catalog.Fn> fns) {
            super(shell);
            this.fns = fns;
        }

        @Override
        protected void configureShell(Shell s) {
            super.configureShell(s);
            s.setText("Compare Variants");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText("Function:");
            fc = new Combo(c, SWT.READ_ONLY);
            new Label(c, SWT.NONE).setText("Variant (as posted):");
            ac = new Combo(c, SWT.READ_ONLY);
            new Label(c, SWT.NONE).setText("Against (the fix):");
            bc = new Combo(c, SWT.READ_ONLY);
            for (Catalog.Fn f : fns) {
                fc.add(f.name());
            }
            fc.addListener(SWT.Selection, e -> fill());
            fc.select(0);
            fill();
            return c;
        }

        private void fill() {
            List<String> vs = new ArrayList<>(fns.get(fc.getSelectionIndex()).variants());
            ac.setItems(vs.toArray(String[]::new));
            bc.setItems(vs.toArray(String[]::new));
            ac.select(0);
            bc.select(Math.min(1, vs.size() - 1));
        }

        @Override
        protected void okPressed() {
            fn = fc.getText();
            a = ac.getText();
            b = bc.getText();
            super.okPressed();
        }
    }
}
