package org.pagelab.ui.trace.internal;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.engine.trace.analysis.PageLifecycle;

/** "Focus on this page": the lifecycle summary and every event of one pfn; a click selects the event. */
public final class PagePanel extends SashForm {
    private final Text summary;
    private final Table steps;
    private PageLifecycle lifecycle;
    private IntConsumer onSelect = e -> { };

    public PagePanel(Composite parent) {
        super(parent, SWT.HORIZONTAL);
        summary = new Text(this, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        summary.setText("Select an event that names a page and use \"Focus on page\" (or double-click the event).");
        steps = new Table(this, SWT.FULL_SELECTION | SWT.SINGLE | SWT.VIRTUAL | SWT.BORDER);
        steps.setHeaderVisible(true);
        steps.setLinesVisible(true);
        String[] cols = {"Time (s)", "Stage", "Event", "Task", "CPU", "Details"};
        int[] widths = {110, 70, 180, 140, 40, 500};
        for (int c = 0; c < cols.length; c++) {
            TableColumn tc = new TableColumn(steps, SWT.LEFT);
            tc.setText(cols[c]);
            tc.setWidth(widths[c]);
        }
        steps.addListener(SWT.SetData, e -> {
            TableItem it = (TableItem) e.item;
            PageLifecycle.Step s = lifecycle.steps().get(steps.indexOf(it));
            it.setText(new String[] {TraceEvent.formatTs(s.ts()), s.stage().name(), s.name(), s.comm() + "-" + s.pid(),
                Integer.toString(s.cpu()), s.detail()});
        });
        steps.addListener(SWT.Selection, e -> {
            int i = steps.getSelectionIndex();
            if (lifecycle != null && i >= 0) {
                onSelect.accept(lifecycle.steps().get(i).event());
            }
        });
        setWeights(30, 70);
    }

    public void onSelect(IntConsumer c) {
        onSelect = c;
    }

    /** Shows a lifecycle. */
    public void show(PageLifecycle lc) {
        lifecycle = lc;
        StringBuilder b = new StringBuilder();
        for (String s : lc.summary()) {
            b.append(s).append('\n');
        }
        List<PageLifecycle.Anomaly> an = lc.anomalies();
        for (PageLifecycle.Anomaly a : an) {
            b.append("\nanomaly at ").append(TraceEvent.formatTs(a.ts())).append(": ").append(a.message());
        }
        summary.setText(b.toString());
        steps.clearAll();
        steps.setItemCount(lc.steps().size());
    }

    public PageLifecycle lifecycle() {
        return lifecycle;
    }

    /** Highlights the step of an event if it is one of this page's. */
    public void reveal(int event) {
        if (lifecycle == null) {
            return;
        }
        List<PageLifecycle.Step> s = lifecycle.steps();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).event() == event) {
                steps.setSelection(i);
                return;
            }
        }
        steps.deselectAll();
    }
}
