package org.pagelab.ui.scenario.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.part.ViewPart;
import org.pagelab.engine.findings.Refs;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lkmm.Witness;
import org.pagelab.engine.state.TraceStates;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.ShownState;
import org.pagelab.ui.SimpleSelectionProvider;
import org.pagelab.ui.scenario.internal.ScenarioEditor;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;
import org.pagelab.ui.scenario.internal.explore.Runs;

/**
 * The Counterexample view: the shortest failing interleaving (or the
 * witness) in CPU columns as in the seed mails, each step with its function
 * stack and the state changes it made; the selected step's details and the
 * whole state after it below. Previous/Next (or Up/Down) walk the steps,
 * double-click (or Enter) shows the step's source line in the editor.
 * The selected step is the view's selection as a {@link Refs.Step} (so that
 * a finding can be made on it), and "Show In" with a {@link Refs.Step} of a
 * counterexample explored in this session selects that step again.
 */
public class CounterexampleView extends ViewPart {
    private Label title;
    private ScrolledComposite scroll;
    private StepCanvas canvas;
    private StyledText details;
    private Diagram diagram = Diagram.EMPTY;
    private final Consumer<Runs.Event> listener = this::changed;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        root.setLayout(gl);
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll = new ScrolledComposite(sash, SWT.H_SCROLL | SWT.V_SCROLL);
        canvas = new StepCanvas(scroll);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> relayout());
        canvas.setHandlers(i -> Runs.get().selectStep(i), this::openSource);
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_RIGHT) {
                next(1);
            } else if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_LEFT) {
                next(-1);
            } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                openSource(Runs.get().step());
            }
        });
        details = new StyledText(sash, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        details.setFont(JFaceResources.getTextFont());
        details.setMargins(6, 4, 6, 4);
        sash.setWeights(62, 38);
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(action("\u25b2 Previous", "Previous step (Up)", () -> next(-1)));
        tb.add(action("Next \u25bc", "Next step (Down)", () -> next(1)));
        tb.add(action("Source", "Show the step's line in the scenario (double-click, Enter)", () -> openSource(Runs.get().step())));
        tb.add(action("Copy", "Copy the interleaving as text, CPU columns as in a mail", () -> {
            String t = mailText();
            if (!t.isEmpty()) {
                org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(details.getDisplay());
                cb.setContents(new Object[] { t }, new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
                cb.dispose();
            }
        }));
        getSite().setSelectionProvider(selection);
        Runs.get().addListener(listener);
        changed(Runs.Event.SHOWN);
    }

    /** Selects the step of a {@link Refs.Step} whose counterexample is one of this session's runs. */
    private boolean showIn(ShowInContext c) {
        if (!(c.getSelection() instanceof IStructuredSelection ss) || !(ss.getFirstElement() instanceof Refs.Step s)) {
            return false;
        }
        for (ExploreRun r : Runs.get().all()) {
            if (r.trace() == s.trace() && s.index() >= 0 && s.index() < r.trace().steps().size()) {
                if (Runs.get().shown() != r) {
                    Runs.get().show(r);
                }
                Runs.get().selectStep(s.index());
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IShowInTarget.class) {
            return adapter.cast((IShowInTarget) this::showIn);
        }
        return super.getAdapter(adapter);
    }

    private static Action action(String text, String tip, Runnable r) {
        Action a = new Action(text) {
            @Override
            public void run() {
                r.run();
            }
        };
        a.setToolTipText(tip);
        return a;
    }

    private void changed(Runs.Event e) {
        if (title == null || title.isDisposed()) {
            return;
        }
        ExploreRun run = Runs.get().shown();
        if (e != Runs.Event.STEP) {
            diagram = Diagram.of(run);
            title.setText(run == null ? "No exploration yet: Explore a scenario (Analysis > Explore)."
                    : run.steps() == 0 ? run.title() + ": " + run.verdict() + ", no counterexample. " + run.summary()
                            : run.title() + ": " + run.verdict() + (run.trace() != null ? ", " + run.trace().kind() : ", witness")
                                    + " in " + run.steps() + (run.trace() != null ? " steps" : " events") + ". " + run.summary());
            title.getParent().layout(true);
            relayout();
        }
        int step = Runs.get().step();
        canvas.select(step);
        Rectangle r = canvas.boxOf(step);
        if (r != null) {
            var o = scroll.getOrigin();
            var area = scroll.getClientArea();
            if (r.y < o.y || r.y + r.height > o.y + area.height) {
                scroll.setOrigin(o.x, Math.max(0, r.y - 20));
            }
        }
        showDetails(run, step);
        publishState(run, step);
        selection.select(run != null && run.trace() != null && run.path() != null && step >= 0
                ? new Refs.Step(run.path(), run.trace(), step) : null);
    }

    /**
     * Puts the MM state after the selected step (the initial state when none)
     * into the Pages, Address space and Properties views, with the fields the
     * step changed highlighted.
     */
    private void publishState(ExploreRun run, int step) {
        if (run == null || run.trace() == null) {
            return;
        }
        try {
            TraceStates.Converted c = step < 0 ? TraceStates.initial(run.trace()) : TraceStates.afterStep(run.trace(), step);
            String where = step < 0 ? "initial state" : "after step " + (step + 1) + " of " + run.trace().steps().size();
            MmStateService.get().show(new ShownState(c.state(), run.scenario() + ": " + where + " (" + run.config().model() + ")",
                    c.changes()));
        } catch (RuntimeException e) {
            org.pagelab.ui.scenario.internal.Activator.warn("cannot show the state of step " + (step + 1), e);
        }
    }

    private void relayout() {
        canvas.setDiagram(diagram, Math.max(300, scroll.getClientArea().width));
        scroll.setMinSize(canvas.preferredSize());
    }

    private void next(int delta) {
        ExploreRun run = Runs.get().shown();
        if (run == null || run.steps() == 0) {
            return;
        }
        Runs.get().selectStep(Math.max(0, Math.min(run.steps() - 1, Runs.get().step() + delta)));
    }

    // -------------------------------------------------------------- details

    private void showDetails(ExploreRun run, int step) {
        List<StyleRange> styles = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        if (run != null && run.trace() != null) {
            Trace t = run.trace();
            Trace.StateView state;
            List<Trace.Change> changes = List.of();
            if (step < 0) {
                sb.append("Initial state (after the setup). Select a step, or use Next.\n\n");
                state = t.initial();
            } else {
                Trace.Step s = t.steps().get(step);
                bold(sb, styles, "Step " + (step + 1) + " of " + t.steps().size() + " on CPU" + s.thread() + " / " + s.threadName());
                sb.append("  ").append(s.file() == null ? "" : s.file() + ":" + s.line()).append('\n');
                if (s.stack() != null && !s.stack().isEmpty()) {
                    sb.append("  stack: ").append(String.join(" < ", s.stack())).append('\n');
                }
                if (s.event() != null) {
                    sb.append("  event: ").append(s.event()).append('\n');
                }
                for (Trace.Change c : s.changes()) {
                    sb.append("  ");
                    int at = sb.length();
                    sb.append(c.describe()).append('\n');
                    styles.add(colour(at, c.describe().length(), 0, 90, 160));
                }
                if (s.violation() != null) {
                    int at = sb.length();
                    String v = "  VIOLATION " + s.violation() + (s.message() == null ? "" : ": " + s.message());
                    sb.append(v).append('\n');
                    styles.add(colour(at, v.length(), 200, 0, 0));
                }
                sb.append('\n');
                state = s.after();
                changes = s.changes();
            }
            bold(sb, styles, "State " + (step < 0 ? "at the start" : "after step " + (step + 1)));
            sb.append('\n');
            if (state != null) {
                for (Trace.ObjectView o : state.objects()) {
                    sb.append("  ").append(o.kind()).append(' ').append(o.name()).append(':');
                    for (Trace.FieldView f : o.fields()) {
                        sb.append(' ');
                        int at = sb.length();
                        String fv = f.name() + "=" + f.text();
                        sb.append(fv);
                        if (changed(changes, o, f)) {
                            StyleRange r = colour(at, fv.length(), 200, 0, 0);
                            r.fontStyle = SWT.BOLD;
                            styles.add(r);
                        }
                    }
                    sb.append('\n');
                }
                for (Trace.ThreadView th : state.threads()) {
                    sb.append("  CPU").append(th.index()).append(" / ").append(th.name()).append(": ").append(th.status());
                    if (th.function() != null) {
                        sb.append(" in ").append(th.function()).append(':').append(th.line());
                    }
                    if (th.registers() != null && !th.registers().isEmpty()) {
                        sb.append("  ").append(th.registers());
                    }
                    sb.append('\n');
                }
            }
        } else if (run != null && run.witness() != null) {
            Witness w = run.witness();
            if (step >= 0 && step < w.events().size()) {
                Witness.Event ev = w.events().get(step);
                bold(sb, styles, ev.label() + " on CPU" + ev.thread() + ": " + ev.text());
                sb.append(ev.origin() == null ? "" : "  (" + ev.origin() + ")").append("\n\n");
                for (Witness.Edge ed : w.edges()) {
                    if (ed.from().equals(ev.label()) || ed.to().equals(ev.label())) {
                        sb.append("  ").append(ed.relation()).append(": ").append(ed.from()).append(" -> ").append(ed.to())
                                .append('\n');
                    }
                }
                sb.append('\n');
            }
            bold(sb, styles, "The execution (" + w.model() + ")");
            sb.append('\n').append(w.toText());
        } else if (run != null) {
            sb.append(run.summary());
        }
        details.setText(sb.toString());
        details.setStyleRanges(styles.stream().filter(r -> r.start + r.length <= sb.length()).toArray(StyleRange[]::new));
    }

    private static boolean changed(List<Trace.Change> changes, Trace.ObjectView o, Trace.FieldView f) {
        for (Trace.Change c : changes) {
            if (c.object().equals(o.name()) && (c.field().equals(f.name()) || c.field().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static void bold(StringBuilder sb, List<StyleRange> styles, String s) {
        StyleRange r = new StyleRange();
        r.start = sb.length();
        r.length = s.length();
        r.fontStyle = SWT.BOLD;
        styles.add(r);
        sb.append(s);
    }

    private StyleRange colour(int at, int len, int r, int g, int b) {
        StyleRange s = new StyleRange();
        s.start = at;
        s.length = len;
        s.foreground = new org.eclipse.swt.graphics.Color(r, g, b);
        return s;
    }

    /** Shows a step's line in the scenario editor (opening the file when needed). */
    void openSource(int step) {
        ExploreRun run = Runs.get().shown();
        if (run == null || run.trace() == null || step < 0 || step >= run.trace().steps().size()) {
            return;
        }
        Trace.Step s = run.trace().steps().get(step);
        if (s.line() <= 0) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        if (!inScenario(run, s.file())) {
            if (!LibrarySource.open(page, s.file(), s.line())) {
                getViewSite().getActionBars().getStatusLineManager().setErrorMessage(
                        "Step " + (step + 1) + " is in " + s.file() + ":" + s.line() + ", which cannot be opened");
            }
            return;
        }
        ScenarioEditor ed = editorFor(page, run);
        if (ed == null && run.path() != null) {
            if (OpenFiles.open(page, run.path()) instanceof ScenarioEditor opened) {
                ed = opened;
            }
        }
        if (ed != null) {
            page.activate(ed);
            ed.revealLine(s.line());
        }
    }

    /** Whether a step's file is the scenario itself (not a library module). */
    static boolean inScenario(ExploreRun run, String file) {
        if (file == null || file.equals(run.file())) {
            return true;
        }
        if (run.path() != null && (file.equals(run.path().toString()) || file.equals(run.path().toAbsolutePath().toString()))) {
            return true;
        }
        return !file.startsWith("lib/") && file.endsWith("/" + run.file());
    }

    static ScenarioEditor editorFor(IWorkbenchPage page, ExploreRun run) {
        for (IEditorReference r : page.getEditorReferences()) {
            if (r.getEditor(false) instanceof ScenarioEditor se && run.path() != null && run.path().equals(se.path())) {
                return se;
            }
        }
        return null;
    }

    // -------------------------------------------------------------- for tests

    /** Shows a step's source line (what double-click does). */
    public void showSource(int step) {
        openSource(step);
    }

    /** The shown counterexample as plain text (the engine's CPU-column diagram, or the witness). */
    public String mailText() {
        ExploreRun run = Runs.get().shown();
        if (run == null) {
            return "";
        }
        if (run.trace() != null) {
            return org.pagelab.engine.report.InterleavingDiagram.render(run.trace());
        }
        return run.witness() == null ? "" : run.witness().toText();
    }

    /** The diagram shown. */
    public Diagram diagram() {
        return diagram;
    }

    /** The title line. */
    public String titleText() {
        return title.getText();
    }

    /** The details pane's text. */
    public String detailsText() {
        return details.getText();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        Runs.get().removeListener(listener);
        super.dispose();
    }
}
