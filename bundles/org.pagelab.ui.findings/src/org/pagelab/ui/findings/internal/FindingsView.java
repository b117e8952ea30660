package org.pagelab.ui.findings.internal;

import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.pagelab.engine.findings.Anchors;
import org.pagelab.engine.findings.Placement;
import org.pagelab.engine.findings.Refs;
import org.pagelab.model.findings.Finding;

/**
 * The findings of the open scenario or trace, in the order the reply gives
 * them (the order of the steps or events they annotate); each row says
 * where its anchor is now, or why it can no longer be placed.
 * Double-click goes back to what the finding annotates.
 */
public class FindingsView extends ViewPart {
    private TableViewer viewer;
    private final Runnable storeListener = this::refreshLater;
    private boolean refreshQueued;

    /** A row: a finding and its place (null while nothing to place it on is known). */
    public record Row(int number, Finding finding, Placement.Place place) {
    }

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partInputChanged(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }
    };

    private final ISelectionListener selectionListener = (part, selection) -> noteSelection(selection);

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        c.setLayout(layout);
        viewer = new TableViewer(c, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "#", 3, r -> Integer.toString(r.number()));
        column(layout, "Severity", 7, r -> r.finding().getSeverity().getLiteral());
        column(layout, "Title", 30, r -> r.finding().getTitle());
        column(layout, "Where", 30, r -> r.place() == null ? Anchors.label(r.finding().getAnchor())
                : r.place().placed() ? r.place().where() : Anchors.label(r.finding().getAnchor()));
        column(layout, "Placed", 16, r -> r.place() == null ? "not yet"
                : r.place().status().name().toLowerCase(Locale.ROOT)
                        + (r.place().note().isEmpty() ? "" : ": " + r.place().note()));
        column(layout, "Tags", 12, r -> String.join(", ", r.finding().getTags()));
        column(layout, "Created", 12, r -> r.finding().getCreated() == null ? ""
                : new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(r.finding().getCreated()));
        viewer.addDoubleClickListener(e -> open());
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);

        FindingsStore.get().addListener(storeListener);
        getSite().getPage().addPartListener(partListener);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
        IEditorPart ed = getSite().getPage().getActiveEditor();
        if (ed != null) {
            follow(ed);
        }
        refresh();
    }

    private interface Text {
        String of(Row r);
    }

    private void column(TableColumnLayout layout, String name, int weight, Text text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(name);
        layout.setColumnData(col.getColumn(), new ColumnWeightData(weight, 30));
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                Row r = (Row) element;
                return r.finding().getText();
            }

            @Override
            public Color getForeground(Object element) {
                Row r = (Row) element;
                return r.place() != null && !r.place().placed()
                        ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    /** An editor of a scenario or trace became active: show its findings. */
    private void follow(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart)) {
            return;
        }
        Path f = Targets.fileOf(part);
        if (f == null) {
            return;
        }
        org.pagelab.engine.trace.Trace store = Adapters.adapt(part, org.pagelab.engine.trace.Trace.class);
        if (store != null) {
            FindingsStore.get().trace(f, store);
        } else if (watched.add(part)) {
            // a trace editor loads in a job and fires PROP_INPUT when its trace is there
            part.addPropertyListener(new IPropertyListener() {
                @Override
                public void propertyChanged(Object source, int id) {
                    if (id == IWorkbenchPartConstants.PROP_INPUT && viewer != null && !viewer.getControl().isDisposed()
                            && Adapters.adapt(part, org.pagelab.engine.trace.Trace.class) != null) {
                        part.removePropertyListener(this);
                        watched.remove(part);
                        follow(part);
                    }
                }
            });
        }
        FindingsStore.get().setCurrent(f);
    }

    /** Editors whose trace is not loaded yet, listened to until it is. */
    private final java.util.Set<IWorkbenchPart> watched = java.util.Collections.newSetFromMap(
            new java.util.WeakHashMap<>());

    /** A counterexample step shown anywhere tells which counterexample the anchors of its file are on. */
    private void noteSelection(ISelection selection) {
        if (!(selection instanceof IStructuredSelection ss) || ss.isEmpty()) {
            return;
        }
        Object e = ss.getFirstElement();
        Refs.Step step = Adapters.adapt(e, Refs.Step.class);
        if (step != null && step.file() != null) {
            FindingsStore.get().counterexample(step.file(), step.trace());
            return;
        }
        Refs.StepRange r = Adapters.adapt(e, Refs.StepRange.class);
        if (r != null && r.file() != null) {
            FindingsStore.get().counterexample(r.file(), r.trace());
        }
    }

    private void refreshLater() {
        if (refreshQueued || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        refreshQueued = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshQueued = false;
            refresh();
        });
    }

    /** Re-reads the rows from the store (tests call it to avoid waiting). */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Path f = FindingsStore.get().current();
        if (f == null) {
            setContentDescription("Open a scenario or a trace to see its findings.");
            viewer.setInput(List.of());
            return;
        }
        FindingsStore.Subject s = FindingsStore.get().subject(f);
        viewer.setInput(rows(s));
        int lost = 0;
        for (Placement.Placed p : s.placed()) {
            lost += p.place().placed() ? 0 : 1;
        }
        int n = s.findings().getFindings().size();
        StringBuilder d = new StringBuilder(f.getFileName().toString()).append(": ").append(n)
                .append(n == 1 ? " finding" : " findings");
        if (s.loadError() != null) {
            d.append("; cannot read the findings file: ").append(s.loadError());
        } else if (!s.placeable() && n > 0) {
            d.append(" (not placed yet: explore the scenario or open the trace)");
        } else if (lost > 0) {
            d.append(", ").append(lost).append(" can no longer be placed");
        }
        setContentDescription(d.toString());
    }

    /** The rows in reply order when placed, else in file order. */
    static List<Row> rows(FindingsStore.Subject s) {
        List<Row> rows = new ArrayList<>();
        if (s.placeable()) {
            int i = 1;
            for (Placement.Placed p : Placement.inReplyOrder(s.placed())) {
                rows.add(new Row(i++, p.finding(), p.place()));
            }
        } else {
            int i = 1;
            for (Finding f : s.findings().getFindings()) {
                rows.add(new Row(i++, f, null));
            }
        }
        return rows;
    }

    private void open() {
        Finding f = selectedFinding();
        Path file = subjectFile();
        if (f == null || file == null) {
            return;
        }
        String msg = Navigator.go(getSite().getPage(), FindingsStore.get().subject(file), f);
        getViewSite().getActionBars().getStatusLineManager().setMessage(msg);
        lastNavigation = msg;
    }

    private String lastNavigation;

    /** What the last double-click did (tests). */
    public String lastNavigation() {
        return lastNavigation;
    }

    /** Double-clicks the row of a finding (tests). */
    public void openFinding(Finding f) {
        for (Row r : rows()) {
            if (r.finding() == f) {
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true);
                open();
                return;
            }
        }
    }

    /** The rows shown. */
    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        Object in = viewer.getInput();
        return in instanceof List<?> l ? (List<Row>) l : List.of();
    }

    /** The scenario or trace shown, or null. */
    public Path subjectFile() {
        return FindingsStore.get().current();
    }

    public Finding selectedFinding() {
        List<Finding> fs = selectedFindings();
        return fs.isEmpty() ? null : fs.get(0);
    }

    public List<Finding> selectedFindings() {
        List<Finding> out = new ArrayList<>();
        if (viewer.getSelection() instanceof IStructuredSelection ss) {
            for (Object o : ss.toList()) {
                if (o instanceof Row r) {
                    out.add(r.finding());
                }
            }
        }
        return out;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        FindingsStore.get().removeListener(storeListener);
        getSite().getPage().removePartListener(partListener);
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
