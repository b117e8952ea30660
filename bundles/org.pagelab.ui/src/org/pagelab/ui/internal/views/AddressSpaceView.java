package org.pagelab.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.File;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.Vma;
import org.pagelab.engine.state.MmText;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.PagelabUi;
import org.pagelab.ui.ShownState;

/**
 * Address space view: mm -> VMAs -> PMDs -> PTEs with their bits decoded,
 * then files -> page cache slots. Selecting a page in the Pages view
 * selects the PTEs, PMDs and cache slots that map it.
 */
public class AddressSpaceView extends ViewPart {
    /** PMDs shown under a VMA: the VMA and the PMD whose range overlaps it. */
    record VmaPmd(Vma vma, Pmd pmd) {
    }

    private static final long PMD_SIZE = 2L << 20;

    private TreeViewer viewer;
    private ShownState shown;
    private boolean syncing;
    private final Consumer<ShownState> stateListener = this::setState;
    private final ISelectionListener pagesListener = this::pagesSelected;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.setContentProvider(new Content());
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text(element);
            }

            @Override
            public Font getFont(Object element) {
                return changed(element) ? bold : null;
            }

            @Override
            public Color getBackground(Object element) {
                return changed(element) ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND) : null;
            }
        });
        viewer.setUseHashlookup(true);
        getSite().setSelectionProvider(new SelectionUnwrapper(viewer));
        getSite().getPage().addSelectionListener(PagelabUi.VIEW_PAGES, pagesListener);
        MmStateService.get().addListener(stateListener);
        setState(MmStateService.get().current());
    }

    static String text(Object element) {
        if (element instanceof VmaPmd vp) {
            return MmText.label(vp.pmd());
        }
        if (element instanceof Pte pte) {
            return MmText.hex(pte.getAddress()) + "  " + MmText.pteBits(pte);
        }
        return MmText.label(element);
    }

    private boolean changed(Object element) {
        if (shown == null) {
            return false;
        }
        Object o = element instanceof VmaPmd vp ? vp.pmd() : element;
        return o instanceof EObject e && shown.changed(e, null);
    }

    private void setState(ShownState s) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        shown = s;
        viewer.setInput(s == null ? null : s.state());
        viewer.expandAll();
        setContentDescription(s == null ? "No MM state" : s.title());
    }

    /** A selection in the Pages view: select what maps those pages. */
    private void pagesSelected(IWorkbenchPart part, ISelection selection) {
        if (syncing || shown == null || !(selection instanceof IStructuredSelection ss) || ss.isEmpty()
                || part instanceof PagesView pv && pv.isSyncing()) {
            return;
        }
        Set<Page> pages = new LinkedHashSet<>();
        for (Object o : ss) {
            if (o instanceof Page p) {
                pages.add(p);
            }
        }
        List<TreePath> paths = pathsMapping(shown.state(), pages);
        if (paths.isEmpty()) {
            return;
        }
        syncing = true;
        try {
            viewer.setSelection(new TreeSelection(paths.toArray(TreePath[]::new)), true);
        } finally {
            syncing = false;
        }
    }

    /** Tree paths of every PTE, huge PMD and cache slot that maps one of {@code pages}. */
    static List<TreePath> pathsMapping(MMState state, Set<Page> pages) {
        List<TreePath> out = new ArrayList<>();
        for (Mm mm : state.getMms()) {
            for (Vma vma : mm.getVmas()) {
                for (Pmd pmd : pmdsOf(mm, vma)) {
                    VmaPmd vp = new VmaPmd(vma, pmd);
                    if (pmd.getPage() != null && pages.contains(pmd.getPage())) {
                        out.add(new TreePath(new Object[] { mm, vma, vp }));
                    }
                    for (Pte pte : ptesOf(vma, pmd)) {
                        if (pte.getPage() != null && pages.contains(pte.getPage())) {
                            out.add(new TreePath(new Object[] { mm, vma, vp, pte }));
                        }
                    }
                }
            }
        }
        for (File f : state.getFiles()) {
            for (CacheEntry ce : f.getCache()) {
                if (ce.getPage() != null && pages.contains(ce.getPage())) {
                    out.add(new TreePath(new Object[] { f, ce }));
                }
            }
        }
        return out;
    }

    static List<Pmd> pmdsOf(Mm mm, Vma vma) {
        List<Pmd> l = new ArrayList<>();
        for (Pmd p : mm.getPmds()) {
            long s = p.getAddress();
            if (s < vma.getEnd() && s + PMD_SIZE > vma.getStart()) {
                l.add(p);
            }
        }
        return l;
    }

    static List<Pte> ptesOf(Vma vma, Pmd pmd) {
        List<Pte> l = new ArrayList<>();
        for (Pte e : pmd.getPtes()) {
            if (e.getAddress() >= vma.getStart() && e.getAddress() < vma.getEnd()) {
                l.add(e);
            }
        }
        return l;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The labels of the visible tree items, depth-first, indented by two spaces per level (for tests). */
    public List<String> visibleLabels() {
        List<String> out = new ArrayList<>();
        for (TreeItem i : viewer.getTree().getItems()) {
            collect(i, 0, out);
        }
        return out;
    }

    private static void collect(TreeItem item, int depth, List<String> out) {
        out.add("  ".repeat(depth) + item.getText());
        if (item.getExpanded()) {
            for (TreeItem c : item.getItems()) {
                collect(c, depth + 1, out);
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        MmStateService.get().removeListener(stateListener);
        getSite().getPage().removeSelectionListener(PagelabUi.VIEW_PAGES, pagesListener);
        super.dispose();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof MMState s)) {
                return new Object[0];
            }
            List<Object> l = new ArrayList<>(s.getMms());
            l.addAll(s.getFiles());
            return l.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Mm mm) {
                return mm.getVmas().toArray();
            }
            if (parent instanceof Vma vma && vma.eContainer() instanceof Mm mm) {
                return pmdsOf(mm, vma).stream().map(p -> new VmaPmd(vma, p)).toArray();
            }
            if (parent instanceof VmaPmd vp) {
                return ptesOf(vp.vma(), vp.pmd()).toArray();
            }
            if (parent instanceof File f) {
                return f.getCache().toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof VmaPmd vp) {
                return vp.vma();
            }
            return element instanceof EObject e ? e.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /**
     * Publishes the model objects (a VMA's PMD row as its Pmd) so the
     * Properties view and other views see plain model objects.
     */
    private static final class SelectionUnwrapper implements org.eclipse.jface.viewers.ISelectionProvider {
        private final TreeViewer viewer;
        private final org.eclipse.core.runtime.ListenerList<org.eclipse.jface.viewers.ISelectionChangedListener> listeners = new org.eclipse.core.runtime.ListenerList<>();

        SelectionUnwrapper(TreeViewer viewer) {
            this.viewer = viewer;
            viewer.addPostSelectionChangedListener(e -> {
                var ev = new org.eclipse.jface.viewers.SelectionChangedEvent(this, getSelection());
                for (var l : listeners) {
                    l.selectionChanged(ev);
                }
            });
        }

        @Override
        public ISelection getSelection() {
            List<Object> l = new ArrayList<>();
            for (Object o : viewer.getStructuredSelection()) {
                l.add(o instanceof VmaPmd vp ? vp.pmd() : o);
            }
            return new StructuredSelection(l);
        }

        @Override
        public void setSelection(ISelection selection) {
            viewer.setSelection(selection, true);
        }

        @Override
        public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }
}
