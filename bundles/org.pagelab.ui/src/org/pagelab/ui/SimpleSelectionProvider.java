package org.pagelab.ui;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A part's selection that is not a JFace viewer's (a canvas, a custom
 * table): the part sets it, the workbench selection service and other
 * views (findings) see it. UI thread only.
 */
public final class SimpleSelectionProvider implements ISelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection current = StructuredSelection.EMPTY;

    /** Selects one element, or nothing when it is null. */
    public void select(Object element) {
        setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void setSelection(ISelection s) {
        current = s == null ? StructuredSelection.EMPTY : s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, current);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
    }
}
