package org.pagelab.ui.scenario.internal.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.pagelab.engine.explore.Trace;
import org.pagelab.ui.charts.XYChart;
import org.pagelab.ui.scenario.internal.explore.ExploreRun;
import org.pagelab.ui.scenario.internal.explore.Runs;

/**
 * The refcount chart of a counterexample, on the shared chart component:
 * refcount, mapcount and pin count of the scenario's pages over the steps,
 * and under it their flags as bands (dirty, swapbacked, writeback, mapped
 * by a present PTE). Clicking a point selects its step (the Counterexample
 * and MM views follow); the selected step has a red line, the violating
 * step a dashed one.
 */
public class RefcountChartView extends ViewPart {
    public static final String ID = "org.pagelab.ui.scenario.views.chart";
    static final int MAX_PAGES = 4;

    private Label title;
    private XYChart counts;
    private XYChart flags;
    private PageSeries data;
    private ExploreRun shown;
    private final Consumer<Runs.Event> listener = this::changed;

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
        counts = new XYChart(sash, SWT.NONE, "", "step", "count", true, true);
        flags = new XYChart(sash, SWT.NONE, "", "step", "flags (bands)", true, false);
        sash.setWeights(65, 35);
        counts.addPointListener((s, i, ref) -> Runs.get().selectStep(ref));
        flags.addPointListener((s, i, ref) -> Runs.get().selectStep(ref));
        Runs.get().addListener(listener);
        changed(Runs.Event.SHOWN);
    }

    private void changed(Runs.Event e) {
        if (title == null || title.isDisposed()) {
            return;
        }
        ExploreRun run = Runs.get().shown();
        if (e != Runs.Event.STEP || run != shown) {
            shown = run;
            rebuild(run);
        }
        int step = Runs.get().step();
        double x = run == null || run.trace() == null ? Double.NaN : step + 1;
        counts.setMarker(x);
        flags.setMarker(x);
        counts.redraw();
        flags.redraw();
    }

    private void rebuild(ExploreRun run) {
        Trace t = run == null ? null : run.trace();
        data = t == null ? null : new PageSeries(t, MAX_PAGES);
        if (data == null || data.pages().isEmpty()) {
            counts.setSeries(List.of());
            flags.setSeries(List.of());
            title.setText(run == null ? "No exploration yet." : t == null ? "No step-by-step counterexample to chart ("
                    + run.config().model() + ")." : "The counterexample changes no page.");
            title.getParent().layout(true);
            return;
        }
        counts.setSeries(data.counts());
        flags.setSeries(data.bands());
        counts.resetZoom();
        flags.resetZoom();
        int bad = -1;
        for (Trace.Step s : t.steps()) {
            if (s.violation() != null) {
                bad = s.index();
            }
        }
        for (XYChart c : new XYChart[] { counts, flags }) {
            XYPlot plot = c.chart().getXYPlot();
            plot.clearDomainMarkers();
            if (bad >= 0) {
                ValueMarker m = new ValueMarker(bad + 1, new Color(0x990000), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
                if (c == counts) {
                    m.setLabel("violation: " + t.steps().get(bad).violation());
                    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                }
                plot.addDomainMarker(m);
            }
        }
        title.setText(run.title() + ": pages " + String.join(", ", data.pages()) + " over " + t.steps().size()
                + " steps (x = 0 is the initial state). Click a point to select its step.");
        title.getParent().layout(true);
    }

    // ------------------------------------------------------------ for tests

    public XYChart countsChart() {
        return counts;
    }

    public XYChart flagsChart() {
        return flags;
    }

    public PageSeries data() {
        return data;
    }

    @Override
    public void setFocus() {
        counts.setFocus();
    }

    @Override
    public void dispose() {
        Runs.get().removeListener(listener);
        super.dispose();
    }
}
