package org.pagelab.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.Pte;
import org.pagelab.engine.state.MmText;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.PagelabUi;
import org.pagelab.ui.ShownState;

/**
 * Pages view: one row per struct page of the shown state, sortable by any
 * column, filtered by the text above the table (words that must all occur
 * in the row; {@code -word} excludes; {@code refcount>1}, {@code pins=0},
 * {@code flags~dirty} compare one column). Selecting a PTE elsewhere selects
 * its page here.
 */
public class PagesView extends ViewPart {
    /** A column: title, text of a page, numeric sort key (or null to sort by text), feature for highlighting. */
    record Column(String title, int width, Function<Page, String> text, ToLongFunction<Page> number, EStructuralFeature feature) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Name", 80, p -> p.getName() == null ? "" : p.getName(), null, MmPackage.Literals.PAGE__NAME),
            new Column("PFN", 90, p -> MmText.hex(p.getPfn()), Page::getPfn, MmPackage.Literals.PAGE__PFN),
            new Column("Order", 50, p -> Integer.toString(p.getOrder()), Page::getOrder, MmPackage.Literals.PAGE__ORDER),
            new Column("Refcount", 70, p -> Integer.toString(p.getRefcount()), Page::getRefcount, MmPackage.Literals.PAGE__REFCOUNT),
            new Column("Mapcount", 70, p -> Integer.toString(p.getMapcount()), Page::getMapcount, MmPackage.Literals.PAGE__MAPCOUNT),
            new Column("Pins", 50, p -> Integer.toString(p.getPincount()), Page::getPincount, MmPackage.Literals.PAGE__PINCOUNT),
            new Column("Flags", 260, p -> MmText.flags(p.getFlags()), null, MmPackage.Literals.PAGE__FLAGS),
            new Column("Mapping/index", 180, MmText::mapping, null, MmPackage.Literals.PAGE__MAPPING),
            new Column("Data", 60, p -> p.getData() == null ? "" : p.getData(), null, MmPackage.Literals.PAGE__DATA),
            new Column("State", 80, p -> p.isFree() ? "free" : p.getLock() != null && !p.getLock().getHolders().isEmpty()
                    ? "locked by " + String.join(",", p.getLock().getHolders()) : "", null, MmPackage.Literals.PAGE__FREE));

    private TableViewer viewer;
    private Text filterText;
    private ShownState shown;
    private boolean syncing;
    private Font bold;
    private final Consumer<ShownState> stateListener = this::setState;
    private final ISelectionListener addressSpaceListener = this::addressSpaceSelected;

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        c.setLayout(gl);
        filterText = new Text(c, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filterText.setMessage("filter: words, -word, refcount>1, flags~dirty");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addModifyListener(e -> viewer.refresh());

        viewer = new TableViewer(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
        Sorter sorter = new Sorter();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column col = COLUMNS.get(i);
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(col.title());
            vc.getColumn().setWidth(col.width());
            vc.getColumn().setMoveable(true);
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return col.text().apply((Page) element);
                }

                @Override
                public Font getFont(Object element) {
                    return shown != null && shown.changed((Page) element, col.feature()) ? bold : null;
                }

                @Override
                public Color getBackground(Object element) {
                    return shown != null && shown.changed((Page) element, col.feature())
                            ? table.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND) : null;
                }
            });
            int index = i;
            vc.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(index, vc.getColumn()));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(sorter);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return PageFilter.matches(filterText.getText(), (Page) element);
            }
        });
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addSelectionListener(PagelabUi.VIEW_ADDRESS_SPACE, addressSpaceListener);
        MmStateService.get().addListener(stateListener);
        setState(MmStateService.get().current());
    }

    private void setState(ShownState s) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        shown = s;
        viewer.setInput(s == null ? new Page[0] : s.state().getPages().toArray());
        setContentDescription(s == null ? "No MM state: open a .mmstate file or select a counterexample step."
                : s.title() + " - " + s.state().getPages().size() + " pages");
    }

    /** A selection in the Address space view: select the pages its PTEs and PMDs map. */
    private void addressSpaceSelected(IWorkbenchPart part, ISelection selection) {
        if (syncing || !(selection instanceof IStructuredSelection ss) || ss.isEmpty()) {
            return;
        }
        Set<Page> pages = new LinkedHashSet<>();
        for (Object o : ss) {
            if (o instanceof Pte pte && pte.getPage() != null) {
                pages.add(pte.getPage());
            } else if (o instanceof Pmd pmd && pmd.getPage() != null) {
                pages.add(pmd.getPage());
            } else if (o instanceof org.pagelab.model.mm.CacheEntry ce && ce.getPage() != null) {
                pages.add(ce.getPage());
            }
        }
        if (pages.isEmpty()) {
            return;
        }
        List<Page> now = selectedPages();
        if (now.equals(new ArrayList<>(pages))) {
            return;
        }
        syncing = true;
        try {
            viewer.setSelection(new StructuredSelection(new ArrayList<>(pages)), true);
        } finally {
            syncing = false;
        }
    }

    /** Whether this view is applying a selection made in another view (the other view must not echo it back). */
    public boolean isSyncing() {
        return syncing;
    }

    public List<Page> selectedPages() {
        List<Page> l = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection()) {
            l.add((Page) o);
        }
        return l;
    }

    /** The rows shown, in display order (for tests). */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        Table t = viewer.getTable();
        for (int i = 0; i < t.getItemCount(); i++) {
            Page p = (Page) viewer.getElementAt(i);
            List<String> r = new ArrayList<>();
            for (Column c : COLUMNS) {
                r.add(c.text().apply(p));
            }
            out.add(r);
        }
        return out;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void setFilter(String text) {
        filterText.setText(text);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        MmStateService.get().removeListener(stateListener);
        getSite().getPage().removeSelectionListener(PagelabUi.VIEW_ADDRESS_SPACE, addressSpaceListener);
        super.dispose();
    }

    /** Click a header to sort by it; click again to reverse. */
    private final class Sorter extends ViewerComparator {
        private int column = 1;
        private int direction = 1;

        void sortBy(int index, TableColumn header) {
            direction = index == column ? -direction : 1;
            column = index;
            Table t = viewer.getTable();
            t.setSortColumn(header);
            t.setSortDirection(direction > 0 ? SWT.UP : SWT.DOWN);
            viewer.refresh();
        }

        @Override
        public int compare(Viewer v, Object a, Object b) {
            Column c = COLUMNS.get(column);
            Page p = (Page) a;
            Page q = (Page) b;
            int r = c.number() != null ? Long.compare(c.number().applyAsLong(p), c.number().applyAsLong(q))
                    : c.text().apply(p).compareToIgnoreCase(c.text().apply(q));
            return direction * r;
        }
    }
}
