package org.pagelab.ui.scenario.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.Statement;
import org.pagelab.ui.scenario.internal.ScenarioDocument;
import org.pagelab.ui.scenario.internal.ScenarioLabels;

/**
 * The Outline of a scenario: header, imports and variants, initial state,
 * setup, the threads with their statements, after, and the final
 * condition. Selecting an entry reveals it in the editor.
 */
public final class ScenarioOutlinePage extends ContentOutlinePage implements ScenarioDocument.Listener {
    private final ScenarioDocument doc;
    private final Consumer<EObject> reveal;
    private boolean updating;

    public ScenarioOutlinePage(ScenarioDocument doc, Consumer<EObject> reveal) {
        this.doc = doc;
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer v = getTreeViewer();
        v.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((Scenario) input).getElements().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Block b ? b.getStatements().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof EObject e ? e.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Block b && !b.getStatements().isEmpty();
            }
        });
        v.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ScenarioLabels.label(element);
            }
        });
        v.setInput(doc.model());
        v.expandToLevel(2);
        doc.addListener(this);
        v.addSelectionChangedListener(e -> {
            if (!updating && e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o) {
                reveal.accept(o);
            }
        });
    }

    @Override
    public void changed(ScenarioDocument d) {
        TreeViewer v = getTreeViewer();
        if (v == null || v.getControl().isDisposed()) {
            return;
        }
        updating = true;
        try {
            Object[] expanded = v.getExpandedElements();
            v.refresh();
            v.setExpandedElements(expanded);
        } finally {
            updating = false;
        }
    }

    /** The labels shown, depth first (for tests). */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Element e : doc.model().getElements()) {
            out.add(ScenarioLabels.label(e));
            if (e instanceof Block b) {
                for (Statement st : b.getStatements()) {
                    out.add("  " + ScenarioLabels.label(st));
                }
            }
        }
        return out;
    }

    @Override
    public void dispose() {
        doc.removeListener(this);
        super.dispose();
    }
}
