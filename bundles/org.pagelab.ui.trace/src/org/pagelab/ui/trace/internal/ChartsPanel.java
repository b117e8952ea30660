package org.pagelab.ui.trace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.pagelab.ui.JobProgress;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.analysis.Series;
import org.pagelab.engine.trace.analysis.TraceQueries;
import org.pagelab.ui.charts.ChartSeries;
import org.pagelab.ui.charts.XYChart;

/**
 * Charts of the trace: refcount and mapcount of the focused page (page_ref_*
 * events), rss_stat per mm and counter, vmscan reclaim counters, fault rate.
 * Clicking a point selects its event.
 */
public final class ChartsPanel extends Composite {
    /** The chart kinds, in the combo's order. */
    public static final String[] KINDS = {"Refcount of the focused page", "Mapcount of the focused page",
        "rss_stat per mm and counter (bytes)", "Reclaim counters (cumulative)", "Fault rate (faults/s, 1 ms buckets)"};

    private final Combo kind;
    private final Label status;
    private final XYChart chart;
    private Trace trace;
    private long pfn = -1;
    private Job job;
    private IntConsumer onSelect = e -> { };

    public ChartsPanel(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout gl = new GridLayout(6, false);
        gl.marginHeight = 2;
        gl.verticalSpacing = 2;
        setLayout(gl);
        kind = new Combo(this, SWT.READ_ONLY);
        kind.setItems(KINDS);
        kind.select(0);
        kind.addListener(SWT.Selection, e -> refresh());
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button("Reset zoom", () -> chart().resetZoom());
        button("PNG...", () -> chart().exportDialog("png"));
        button("SVG...", () -> chart().exportDialog("svg"));
        button("CSV...", () -> chart().exportDialog("csv"));
        chart = new XYChart(this, SWT.NONE, "", "time (s)", "", true, false);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1);
        cd.minimumHeight = 120;
        chart.setLayoutData(cd);
        chart.addPointListener((s, i, ref) -> {
            if (ref >= 0) {
                onSelect.accept(ref);
            }
        });
    }

    private void button(String text, Runnable r) {
        org.eclipse.swt.widgets.Button b = new org.eclipse.swt.widgets.Button(this, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> r.run());
    }

    public void onSelect(IntConsumer c) {
        onSelect = c;
    }

    public XYChart chart() {
        return chart;
    }

    public void setTrace(Trace t) {
        trace = t;
        refresh();
    }

    /** The page whose refcount/mapcount is charted. */
    public void setPage(long p) {
        pfn = p;
        if (kind.getSelectionIndex() <= 1) {
            refresh();
        }
    }

    /** Shows chart kind k (index into {@link #KINDS}). */
    public void show(int k) {
        kind.select(k);
        refresh();
    }

    /** The job computing the current chart (null when none ran yet), for tests. */
    public Job job() {
        return job;
    }

    public String status() {
        return status.getText();
    }

    /** Marks the selected event's time. */
    public void mark(long ts) {
        chart.setMarker(ts == Long.MIN_VALUE ? Double.NaN : ts / 1e9);
    }

    private void refresh() {
        if (trace == null) {
            return;
        }
        int k = kind.getSelectionIndex();
        Trace t = trace;
        long page = pfn;
        if (job != null) {
            job.cancel();
        }
        status.setText("computing...");
        job = Job.create("Chart: " + KINDS[k], m -> {
            JobProgress p = new JobProgress(m);
            List<Series> out = new ArrayList<>();
            String why = "";
            try {
                switch (k) {
                    case 0:
                    case 1:
                        if (page < 0) {
                            why = "no page in focus: select an event of a page and use Focus on page";
                        } else {
                            Series s = TraceQueries.pageRefSeries(t, page, k == 0 ? "count" : "mapcount");
                            out.add(s);
                            if (s.size() == 0) {
                                why = "pfn 0x" + Long.toHexString(page) + " has no page_ref events "
                                        + "(CONFIG_DEBUG_PAGE_REF tracepoints)";
                            }
                        }
                        break;
                    case 2:
                        out.addAll(TraceQueries.rssStat(t, p).values());
                        break;
                    case 3:
                        out.addAll(TraceQueries.reclaim(t, p).values());
                        break;
                    default:
                        out.add(TraceQueries.faultRate(t, 1_000_000, -1));
                }
            } catch (java.util.concurrent.CancellationException e) {
                return Status.CANCEL_STATUS;
            }
            if (out.stream().allMatch(s -> s.size() == 0) && why.isEmpty()) {
                why = "no events for this chart in the trace";
            }
            String message = why;
            getDisplay().asyncExec(() -> show(out, k, message));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<Series> series, int k, String why) {
        if (isDisposed()) {
            return;
        }
        List<ChartSeries> cs = new ArrayList<>();
        int points = 0;
        for (Series s : series) {
            double[] x = new double[s.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = s.ts()[i] / 1e9;
            }
            cs.add(new ChartSeries(s.name(), x, s.values(), s.events()));
            points += s.size();
        }
        chart.setStep(k != 4);
        chart.setLabels("time (s)", k == 4 ? "faults/s" : k == 2 ? "bytes" : k == 3 ? "pages / events" : "references");
        chart.setSeries(cs);
        status.setText(why.isEmpty() ? series.size() + " series, " + points + " points" : why);
        layout();
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
