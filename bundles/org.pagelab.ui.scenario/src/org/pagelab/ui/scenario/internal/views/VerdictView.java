package org.pagelab.ui.scenario.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.pagelab.ui.scenario.ScenarioUi;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;
import org.pagelab.ui.scenario.internal.explore.Runs;

/**
 * The Verdict view: the verdict of the shown exploration, against the
 * expected one, with states, time, the memory model and variants, what was
 * found (the violated invariant, or whether the final condition held) and
 * a link to the counterexample; below, the explorations of this session.
 */
public class VerdictView extends ViewPart {
    private Label verdict;
    private Composite fields;
    private Link link;
    private TableViewer history;
    private Font big;
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Consumer<Runs.Event> listener = e -> update();

    static final String[] KEYS = { "Scenario", "File", "Model", "Variants", "Expected", "Match", "States", "Time",
        "Found", "Condition" };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        verdict = new Label(top, SWT.WRAP);
        FontData fd = JFaceResources.getDialogFont().getFontData()[0];
        big = new Font(parent.getDisplay(), fd.getName(), Math.round(fd.getHeight() * 1.6f), SWT.BOLD);
        verdict.setFont(big);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        fields = top;
        for (String k : KEYS) {
            Label kl = new Label(top, SWT.NONE);
            kl.setText(k + ":");
            kl.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Label v = new Label(top, SWT.WRAP);
            GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
            gd.widthHint = 200;
            v.setLayoutData(gd);
            values.put(k, v);
        }
        link = new Link(top, SWT.NONE);
        link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        link.addListener(SWT.Selection, e -> showCounterexample(getSite().getPage()));

        history = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        history.getTable().setHeaderVisible(true);
        history.getTable().setLinesVisible(true);
        column("Scenario", 160, r -> r.scenario());
        column("Model", 110, r -> r.config().describe());
        column("Verdict", 90, ExploreRun::verdict);
        column("Expected", 90, r -> r.expected() == null ? "" : r.expected());
        column("States", 90, r -> String.format("%,d", r.states()));
        column("ms", 70, r -> String.valueOf(r.millis()));
        history.setContentProvider(ArrayContentProvider.getInstance());
        history.addSelectionChangedListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ExploreRun r
                    && r != Runs.get().shown()) {
                Runs.get().show(r);
            }
        });
        sash.setWeights(65, 35);
        Runs.get().addListener(listener);
        update();
    }

    private void column(String name, int width, java.util.function.Function<ExploreRun, String> text) {
        TableViewerColumn c = new TableViewerColumn(history, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return text.apply((ExploreRun) e);
            }
        });
    }

    private void update() {
        if (verdict == null || verdict.isDisposed()) {
            return;
        }
        Runs runs = Runs.get();
        ExploreRun r = runs.shown();
        history.setInput(runs.all());
        if (runs.refusal() != null) {
            verdict.setText("Not explored");
            verdict.setForeground(verdict.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            values.values().forEach(l -> l.setText(""));
            values.get("Found").setText(runs.refusal());
            link.setText("");
        } else if (r == null) {
            verdict.setText("No exploration yet");
            verdict.setForeground(verdict.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            values.values().forEach(l -> l.setText(""));
            values.get("Found").setText("Open a scenario and choose Analysis > Explore (Ctrl+Alt+X).");
            link.setText("");
        } else {
            verdict.setText(r.verdict() + (r.match() == null ? "" : r.match() ? "  \u2714 as expected" : "  \u2718 expected "
                    + r.expected()));
            verdict.setForeground(colour(r));
            values.get("Scenario").setText(r.scenario() == null ? "" : r.scenario());
            values.get("File").setText(r.file() + (r.unsaved() ? "  (with unsaved changes)" : ""));
            values.get("Model").setText(r.config().model());
            values.get("Variants").setText(r.variants().isEmpty() ? "(none)" : r.variants().toString().replaceAll("[{}]", ""));
            values.get("Expected").setText(r.expected() == null ? "(no Result: line)" : r.expected());
            values.get("Match").setText(r.match() == null ? "" : r.match() ? "yes" : "NO");
            values.get("States").setText(String.format("%,d", r.states())
                    + (r.incomplete() != null ? "  (stopped: " + r.incomplete() + ")" : ""));
            values.get("Time").setText(r.millis() + " ms");
            values.get("Found").setText(r.summary() == null ? "" : r.summary());
            values.get("Condition").setText(r.condition() == null ? "" : r.condition());
            link.setText(r.steps() == 0 ? "" : "<a>Show the " + (r.trace() != null ? r.trace().kind() : "witness") + " ("
                    + r.steps() + (r.trace() != null ? " steps" : " events") + ")</a>");
        }
        fields.layout(true, true);
    }

    private Color colour(ExploreRun r) {
        if (r.error() != null || Boolean.FALSE.equals(r.match())) {
            return verdict.getDisplay().getSystemColor(SWT.COLOR_RED);
        }
        if (Boolean.TRUE.equals(r.match())) {
            return new Color(0, 130, 0);
        }
        return verdict.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
    }

    /** Opens the Counterexample view on the shown run. */
    static void showCounterexample(IWorkbenchPage page) {
        try {
            page.showView(ScenarioUi.VIEW_COUNTEREXAMPLE);
        } catch (PartInitException e) {
            org.pagelab.ui.scenario.internal.Activator.warn("cannot open the Counterexample view", e);
        }
    }

    // ------------------------------------------------------------ for tests

    public String verdictText() {
        return verdict.getText();
    }

    /** Field name -> shown value. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v.getText()));
        return m;
    }

    public String linkText() {
        return link.getText();
    }

    /** Follows the counterexample link. */
    public void followLink() {
        showCounterexample(getSite().getPage());
    }

    public List<String> historyRows() {
        List<String> out = new ArrayList<>();
        for (var it : history.getTable().getItems()) {
            out.add(it.getText(0) + " | " + it.getText(1) + " | " + it.getText(2));
        }
        return out;
    }

    @Override
    public void setFocus() {
        verdict.getParent().setFocus();
    }

    @Override
    public void dispose() {
        Runs.get().removeListener(listener);
        if (big != null) {
            big.dispose();
        }
        super.dispose();
    }
}
