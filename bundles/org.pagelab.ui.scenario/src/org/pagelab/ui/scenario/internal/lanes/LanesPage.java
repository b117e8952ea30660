package org.pagelab.ui.scenario.internal.lanes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.pagelab.engine.edit.ScenarioEdits;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ScenarioDocument;
import org.pagelab.ui.scenario.internal.ScenarioLabels;

/**
 * The Lanes page: the scenario drawn as one column per thread, designed
 * graphically. Kernel operations are dragged from the palette into a lane
 * (or double-clicked to append them to the selected lane), statements are
 * dragged to reorder them or to move them to another lane (Alt+Up/Down
 * moves the selected one), threads are added, removed and reordered from
 * the toolbar, arguments and variants are edited in the Properties view
 * (or a statement's text in place with a double-click). Every change goes
 * through {@link ScenarioDocument#edit}, so the Source page follows at once
 * and Undo covers both pages.
 */
public final class LanesPage implements ISelectionProvider, ScenarioDocument.Listener {
    private final ScenarioDocument doc;
    private final Runnable showSource;
    private final Composite root;
    private final LaneCanvas canvas;
    private final ScrolledComposite scroll;
    private final TreeViewer palette;
    private final Label banner;
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
    private EObject selected;
    private Text inlineEditor;
    private String status = "";

    public LanesPage(Composite parent, ScenarioDocument doc, Runnable showSource) {
        this.doc = doc;
        this.showSource = showSource;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);

        Composite left = new Composite(sash, SWT.NONE);
        GridLayout ll = new GridLayout(1, false);
        ll.marginWidth = 4;
        left.setLayout(ll);
        Label pl = new Label(left, SWT.NONE);
        pl.setText("Kernel operations (drag into a lane)");
        Text filter = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("filter");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        palette = new TreeViewer(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        palette.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.setContentProvider(new PaletteContent());
        palette.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                if (e instanceof Catalog.Fn f) {
                    return f.name() + (f.hasVariants() ? "  [" + String.join(", ", f.variants()) + "]" : "");
                }
                return String.valueOf(e);
            }

            @Override
            public String getToolTipText(Object e) {
                return e instanceof Catalog.Fn f ? f.signature() + (f.doc() == null ? "" : "\n" + f.doc()) : null;
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(palette);
        palette.addFilter(new ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
                String f = filter.getText().strip().toLowerCase(java.util.Locale.ROOT);
                if (f.isEmpty() || !(element instanceof Catalog.Fn fn)) {
                    return true;
                }
                return fn.name().toLowerCase(java.util.Locale.ROOT).contains(f)
                        || fn.category().toLowerCase(java.util.Locale.ROOT).contains(f);
            }
        });
        filter.addModifyListener(e -> {
            palette.refresh();
            palette.expandAll();
        });
        palette.addDragSupport(DND.DROP_COPY, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        Object o = palette.getStructuredSelection().getFirstElement();
                        event.doit = o instanceof Catalog.Fn;
                        LocalSelectionTransfer.getTransfer().setSelection(palette.getStructuredSelection());
                    }
                });
        palette.addDoubleClickListener(e -> {
            if (palette.getStructuredSelection().getFirstElement() instanceof Catalog.Fn f) {
                appendToSelectedLane(f);
            }
        });

        Composite right = new Composite(sash, SWT.NONE);
        GridLayout rl = new GridLayout(1, false);
        rl.marginWidth = 0;
        rl.marginHeight = 0;
        rl.verticalSpacing = 2;
        right.setLayout(rl);
        ToolBar tools = new ToolBar(right, SWT.FLAT | SWT.RIGHT);
        tool(tools, "+ Thread", "Add a thread (a CPU or role) after the last one", () -> addThread(""));
        tool(tools, "\u2212 Thread", "Remove the selected thread; later threads are renumbered", this::removeSelectedThread);
        tool(tools, "\u25c0", "Move the selected thread one column to the left", () -> moveSelectedThread(-1));
        tool(tools, "\u25b6", "Move the selected thread one column to the right", () -> moveSelectedThread(1));
        new ToolItem(tools, SWT.SEPARATOR);
        tool(tools, "Delete", "Delete the selected statement (Delete)", this::deleteSelection);
        new ToolItem(tools, SWT.SEPARATOR);
        tool(tools, "Source", "Show the selection in the Source page", this::revealInSource);
        banner = new Label(right, SWT.WRAP);
        banner.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        banner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scroll = new ScrolledComposite(right, SWT.H_SCROLL | SWT.V_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new LaneCanvas(scroll);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> relayout());
        sash.setWeights(22, 78);

        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            LaneCanvas.Box b = canvas.hit(e.x, e.y);
            select(b == null ? null : b.object());
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            LaneCanvas.Box b = canvas.hit(e.x, e.y);
            if (b != null && b.object() instanceof Statement st) {
                editInPlace(st);
            } else if (b != null && (b.kind().equals("header") || b.kind().equals("condition") || b.kind().equals("init"))) {
                revealInSource();
            }
        });
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteSelection();
            } else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)
                    && selected instanceof Statement st) {
                Block b = ScenarioEdits.blockOf(st);
                int i = b.getStatements().indexOf(st);
                moveStatement(st, b, e.keyCode == SWT.ARROW_UP ? i - 1 : i + 2);
            } else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)
                    && selected instanceof Statement st) {
                moveToNeighbourLane(st, e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
            }
        });
        installDragAndDrop();
        installContextMenu();
        doc.addListener(this);
        changed(doc);
    }

    private static void tool(ToolBar bar, String text, String tip, Runnable run) {
        ToolItem it = new ToolItem(bar, SWT.PUSH);
        it.setText(text);
        it.setToolTipText(tip);
        it.addListener(SWT.Selection, e -> run.run());
    }

    public Control control() {
        return root;
    }

    public LaneCanvas canvas() {
        return canvas;
    }

    public void dispose() {
        doc.removeListener(this);
    }

    /** What went wrong with the last edit, or "" (shown in the banner; for tests). */
    public String status() {
        return status;
    }

    private Catalog catalog() {
        return Catalog.library().with(doc.fileName(), doc.inSync() ? doc.document().get() : null);
    }

    @Override
    public void changed(ScenarioDocument d) {
        if (root.isDisposed()) {
            return;
        }
        Catalog cat = catalog();
        canvas.setModel(d.model(), cat, !d.inSync() && d.everParsed());
        if (!d.inSync()) {
            var p = d.problems().isEmpty() ? null : d.problems().get(0);
            setStatus(p == null ? "" : "The source has an error at " + p.line() + ":" + p.column() + ": " + p.message()
                    + (d.everParsed() ? "\nThe lanes show the last text that parsed; fix the source to edit here."
                            : "\nFix it in the Source page to see the lanes."));
        } else if (status.startsWith("The source has an error")) {
            setStatus("");
        }
        if (palette.getInput() != cat) {
            Object[] expanded = palette.getExpandedElements();
            palette.setInput(cat);
            palette.setExpandedElements(expanded.length == 0 ? cat.byCategory().keySet().toArray() : expanded);
        }
        if (selected != null && !contained(selected)) {
            select(null);
        }
        relayout();
    }

    private boolean contained(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e == doc.model()) {
                return true;
            }
        }
        return false;
    }

    private void setStatus(String s) {
        status = s;
        if (!banner.isDisposed()) {
            banner.setText(s);
            ((GridData) banner.getLayoutData()).exclude = s.isEmpty();
            banner.setVisible(!s.isEmpty());
            banner.getParent().layout(true);
        }
    }

    private void relayout() {
        int w = scroll.getClientArea().width;
        Point p = canvas.layout(Math.max(200, w));
        scroll.setMinSize(p);
        canvas.redraw();
    }

    // ---------------------------------------------------------------- editing API

    private boolean edit(String label, java.util.function.Consumer<Scenario> change) {
        closeInlineEditor(false);
        if (!doc.edit(label, change)) {
            setStatus("Cannot " + label.toLowerCase(java.util.Locale.ROOT)
                    + ": the source has errors; fix them in the Source page first.");
            root.getDisplay().beep();
            return false;
        }
        if (!doc.inSync()) {
            setStatus(label + " made the text invalid (see the Problems view); Undo (Ctrl+Z) takes it back.");
        } else if (!status.isEmpty() && !status.startsWith("The source has an error")) {
            setStatus("");
        }
        return true;
    }

    /** Inserts a kernel operation at position {@code index} of a lane (or the setup/after block). */
    public boolean insertOperation(Catalog.Fn fn, Block lane, int index) {
        if (lane == null || fn == null) {
            setStatus("Choose a lane to insert into.");
            return false;
        }
        Statement made;
        try {
            made = ScenarioEdits.parseStatement(fn.template(freshRegister(lane)));
        } catch (ScenarioException e) {
            setStatus("Cannot insert " + fn.name() + ": " + e.first().message());
            return false;
        }
        boolean ok = edit("Insert " + fn.name(), s -> ScenarioEdits.insert(lane, index, made));
        if (ok) {
            select(contained(made) ? made : findSame(lane, index));
        }
        return ok;
    }

    private Statement findSame(Block lane, int index) {
        return index < lane.getStatements().size() ? lane.getStatements().get(Math.max(0, index))
                : lane.getStatements().isEmpty() ? null : lane.getStatements().get(lane.getStatements().size() - 1);
    }

    /** Appends an operation to the lane of the selection (after the selected statement), or to the last lane. */
    public boolean appendToSelectedLane(Catalog.Fn fn) {
        Block lane;
        int index;
        if (selected instanceof Statement st) {
            lane = ScenarioEdits.blockOf(st);
            index = lane.getStatements().indexOf(st) + 1;
        } else if (selected instanceof Block b) {
            lane = b;
            index = b.getStatements().size();
        } else {
            List<ThreadBlock> ts = doc.model().threads();
            if (ts.isEmpty()) {
                setStatus("Add a thread first.");
                return false;
            }
            lane = ts.get(ts.size() - 1);
            index = lane.getStatements().size();
        }
        return insertOperation(fn, lane, index);
    }

    /** A register name not used in a lane: r0, r1, ... */
    static String freshRegister(Block lane) {
        Set<String> used = new HashSet<>();
        for (Statement st : lane.getStatements()) {
            if (st.getTarget() != null) {
                used.add(st.getTarget());
            }
        }
        for (int i = 0;; i++) {
            if (!used.contains("r" + i)) {
                return "r" + i;
            }
        }
    }

    /** Moves a statement to position {@code index} (counted before the move) of a block. */
    public boolean moveStatement(Statement st, Block target, int index) {
        int i = Math.max(0, Math.min(index, target.getStatements().size()));
        String text = st.getText();
        boolean ok = edit("Move statement", s -> ScenarioEdits.move(st, target, i));
        if (ok) {
            // the merge kept the object when its text did not change
            select(contained(st) ? st : byText(target, text));
        }
        return ok;
    }

    private static Statement byText(Block b, String text) {
        for (Statement s : b.getStatements()) {
            if (s.getText().equals(text)) {
                return s;
            }
        }
        return null;
    }

    private void moveToNeighbourLane(Statement st, int delta) {
        if (!(ScenarioEdits.blockOf(st) instanceof ThreadBlock t)) {
            return;
        }
        List<ThreadBlock> ts = doc.model().threads();
        int j = ts.indexOf(t) + delta;
        if (j < 0 || j >= ts.size()) {
            return;
        }
        int index = Math.min(t.getStatements().indexOf(st), ts.get(j).getStatements().size());
        moveStatement(st, ts.get(j), index);
    }

    public boolean deleteSelection() {
        if (selected instanceof Statement st) {
            return edit("Delete statement", s -> ScenarioEdits.remove(st));
        }
        if (selected instanceof ThreadBlock) {
            return removeSelectedThread();
        }
        return false;
    }

    public ThreadBlock addThread(String role) {
        ThreadBlock[] t = new ThreadBlock[1];
        List<ThreadBlock> before = doc.model().threads();
        String params = before.isEmpty() ? "" : before.get(before.size() - 1).getParams();
        if (!edit("Add thread", s -> t[0] = ScenarioEdits.addThread(s, role, params))) {
            return null;
        }
        List<ThreadBlock> ts = doc.model().threads();
        ThreadBlock added = ts.isEmpty() ? null : ts.get(ts.size() - 1);
        select(added);
        return added;
    }

    public boolean removeSelectedThread() {
        ThreadBlock t = selectedThread();
        if (t == null) {
            setStatus("Select a thread (its header or a statement in it) to remove it.");
            return false;
        }
        return edit("Remove thread " + ScenarioLabels.thread(t), s -> ScenarioEdits.removeThread(t));
    }

    public boolean moveSelectedThread(int delta) {
        ThreadBlock t = selectedThread();
        if (t == null) {
            return false;
        }
        int to = doc.model().threads().indexOf(t) + delta;
        if (to < 0 || to >= doc.model().threads().size()) {
            return false;
        }
        return edit("Move thread", s -> ScenarioEdits.moveThread(t, to));
    }

    private ThreadBlock selectedThread() {
        if (selected instanceof ThreadBlock t) {
            return t;
        }
        if (selected instanceof Statement st && ScenarioEdits.blockOf(st) instanceof ThreadBlock t) {
            return t;
        }
        return null;
    }

    /** Picks a variant of a library function for this scenario (null: the default). */
    public boolean setVariant(String function, String variant) {
        return edit("Choose variant", s -> {
            if (variant != null && s.imports().isEmpty() && Catalog.library().function(function) != null
                    && !Catalog.library().function(function).builtin()) {
                ScenarioEdits.addImport(s, "mm");
            }
            ScenarioEdits.setVariant(s, function, variant);
        });
    }

    /** Replaces a statement's text (parsed; a text that is not one statement is refused with a message). */
    public boolean setStatementText(Statement st, String text) {
        Statement parsed;
        try {
            parsed = ScenarioEdits.parseStatement(text);
        } catch (ScenarioException e) {
            setStatus("Not a statement: " + e.first().message());
            return false;
        }
        return edit("Edit statement", s -> {
            try {
                ScenarioEdits.setText(st, parsed.getText());
            } catch (ScenarioException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ------------------------------------------------------------ in-place edit

    private void editInPlace(Statement st) {
        LaneCanvas.Box b = canvas.boxOf(st);
        if (b == null || !doc.inSync()) {
            return;
        }
        closeInlineEditor(false);
        inlineEditor = new Text(canvas, SWT.BORDER | SWT.MULTI);
        inlineEditor.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        inlineEditor.setText(st.getText());
        inlineEditor.setBounds(b.bounds().x, b.bounds().y, b.bounds().width,
                Math.max(b.bounds().height, inlineEditor.computeSize(b.bounds().width, SWT.DEFAULT).y));
        inlineEditor.selectAll();
        inlineEditor.setFocus();
        inlineEditor.setData(st);
        inlineEditor.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                closeInlineEditor(false);
            } else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
                closeInlineEditor(true);
            }
        });
        inlineEditor.addListener(SWT.FocusOut, e -> closeInlineEditor(true));
    }

    private void closeInlineEditor(boolean commit) {
        Text t = inlineEditor;
        if (t == null || t.isDisposed()) {
            return;
        }
        inlineEditor = null;
        Statement st = (Statement) t.getData();
        String text = t.getText();
        t.dispose();
        if (commit && !text.strip().equals(st.getText().strip())) {
            setStatementText(st, text);
        }
    }

    // -------------------------------------------------------------- drag and drop

    private void installDragAndDrop() {
        Transfer[] types = { LocalSelectionTransfer.getTransfer() };
        DragSource src = new DragSource(canvas, DND.DROP_MOVE);
        src.setTransfer(types);
        src.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                Point p = canvas.toControl(canvas.getDisplay().getCursorLocation());
                LaneCanvas.Box b = canvas.hit(p.x, p.y);
                if (b == null || !(b.object() instanceof Statement st) || !doc.inSync()) {
                    event.doit = false;
                    return;
                }
                select(st);
                LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(st));
            }
        });
        DropTarget dst = new DropTarget(canvas, DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_DEFAULT);
        dst.setTransfer(types);
        dst.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                if (event.detail == DND.DROP_DEFAULT) {
                    event.detail = (event.operations & DND.DROP_MOVE) != 0 ? DND.DROP_MOVE : DND.DROP_COPY;
                }
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                Point p = canvas.toControl(event.x, event.y);
                LaneCanvas.Slot s = canvas.slotAt(p.x, p.y);
                canvas.setDropSlot(s);
                event.detail = s == null ? DND.DROP_NONE : (event.operations & DND.DROP_MOVE) != 0 ? DND.DROP_MOVE : DND.DROP_COPY;
                event.feedback = DND.FEEDBACK_SCROLL;
            }

            @Override
            public void dragLeave(DropTargetEvent event) {
                canvas.setDropSlot(null);
            }

            @Override
            public void drop(DropTargetEvent event) {
                Point p = canvas.toControl(event.x, event.y);
                LaneCanvas.Slot s = canvas.slotAt(p.x, p.y);
                canvas.setDropSlot(null);
                ISelection sel = LocalSelectionTransfer.getTransfer().getSelection();
                if (s == null || !(sel instanceof IStructuredSelection ss)) {
                    event.detail = DND.DROP_NONE;
                    return;
                }
                Object o = ss.getFirstElement();
                if (o instanceof Statement st) {
                    moveStatement(st, s.block(), s.index());
                } else if (o instanceof Catalog.Fn f) {
                    insertOperation(f, s.block(), s.index());
                }
            }
        });
    }

    private void installContextMenu() {
        MenuManager mm = new MenuManager();
        mm.setRemoveAllWhenShown(true);
        mm.addMenuListener(this::fillContextMenu);
        canvas.setMenu(mm.createContextMenu(canvas));
    }

    private void fillContextMenu(IMenuManager m) {
        if (selected instanceof Statement st) {
            m.add(action("Edit text", () -> editInPlace(st)));
            m.add(action("Delete", this::deleteSelection));
            MenuManager to = new MenuManager("Move to lane");
            for (ThreadBlock t : doc.model().threads()) {
                if (t != ScenarioEdits.blockOf(st)) {
                    to.add(action(ScenarioLabels.thread(t), () -> moveStatement(st, t, t.getStatements().size())));
                }
            }
            m.add(to);
            Catalog.Fn fn = st.getFunction() == null ? null : catalog().function(st.getFunction());
            if (fn != null && fn.hasVariants()) {
                MenuManager vm = new MenuManager("Variant of " + fn.name());
                vm.add(action("default", () -> setVariant(fn.name(), null)));
                for (String v : fn.variants()) {
                    vm.add(action(v, () -> setVariant(fn.name(), v)));
                }
                m.add(vm);
            }
            m.add(new Separator());
        }
        if (selectedThread() != null) {
            m.add(action("Remove thread " + ScenarioLabels.thread(selectedThread()), this::removeSelectedThread));
        }
        m.add(action("Add thread", () -> addThread("")));
        m.add(new Separator());
        m.add(action("Show in Source", this::revealInSource));
        m.add(action("Explore...", () -> {
            try {
                org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                        .executeCommand("org.pagelab.ui.scenario.commands.explore", null);
            } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                    | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
                setStatus("Cannot explore: " + e.getMessage());
            }
        }));
    }

    private static Action action(String text, Runnable r) {
        return new Action(text) {
            @Override
            public void run() {
                r.run();
            }
        };
    }

    private void revealInSource() {
        showSource.run();
    }

    // -------------------------------------------------------------- selection

    /** Selects a model object (null clears) and tells the selection listeners (Properties view). */
    public void select(EObject o) {
        selected = o;
        canvas.setSelection(o);
        LaneCanvas.Box b = o == null ? null : canvas.boxOf(o);
        if (b != null) {
            scroll.showControl(canvas);
            Point origin = scroll.getOrigin();
            var area = scroll.getClientArea();
            if (b.bounds().y < origin.y || b.bounds().y + b.bounds().height > origin.y + area.height) {
                scroll.setOrigin(origin.x, Math.max(0, b.bounds().y - 20));
            }
        }
        SelectionChangedEvent ev = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : selectionListeners) {
            l.selectionChanged(ev);
        }
    }

    public EObject selected() {
        return selected;
    }

    @Override
    public ISelection getSelection() {
        return selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected);
    }

    @Override
    public void setSelection(ISelection selection) {
        select(selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o ? o : null);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        selectionListeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        selectionListeners.remove(l);
    }

    // -------------------------------------------------------------- for tests

    /** Each lane as "P0 · dio: stmt | stmt" (what the page shows). */
    public List<String> laneTexts() {
        List<String> out = new ArrayList<>();
        for (ThreadBlock t : doc.model().threads()) {
            List<String> sts = new ArrayList<>();
            for (Statement st : t.getStatements()) {
                sts.add(ScenarioLabels.oneLine(st.getText()));
            }
            out.add(ScenarioLabels.thread(t) + ": " + String.join(" | ", sts));
        }
        return out;
    }

    /** The palette's groups (category -> function names). */
    public Map<String, List<Catalog.Fn>> paletteGroups() {
        return catalog().byCategory();
    }

    private static final class PaletteContent implements ITreeContentProvider {
        private Map<String, List<Catalog.Fn>> groups = Map.of();

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
            groups = newInput instanceof Catalog c ? c.byCategory() : Map.of();
        }

        @Override
        public Object[] getElements(Object input) {
            return groups.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<Catalog.Fn> l = groups.get(parent);
            return l == null ? new Object[0] : l.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Catalog.Fn f ? f.category() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }
    }
}
