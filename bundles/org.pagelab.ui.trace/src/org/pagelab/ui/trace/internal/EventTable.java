package org.pagelab.ui.trace.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;

/**
 * The event table: a native table that holds only the rows on screen, and a
 * slider over all rows, so that it stays smooth at any row count (a native
 * virtual table would still allocate per row). Rows are the events of the
 * trace or of a filter result; each visible row is re-read from the file
 * when shown (cached).
 */
public final class EventTable extends Composite {
    static final String[] COLUMNS = {"#", "Time (s)", "CPU", "Task", "Event", "Flags", "Details"};
    private static final int[] WIDTHS = {70, 110, 40, 150, 170, 55, 700};

    private final Table table;
    private final Slider slider;
    private Trace trace;
    private int[] rows; // null: all events
    private int top;
    private int selectedRow = -1;
    private final Map<Integer, String[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String[]> e) {
            return size() > 4000;
        }
    };
    private IntConsumer onSelect = e -> { };
    private IntConsumer onOpen = e -> { };

    public EventTable(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout gl = new GridLayout(2, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        gl.horizontalSpacing = 0;
        setLayout(gl);
        table = new Table(this, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int c = 0; c < COLUMNS.length; c++) {
            TableColumn tc = new TableColumn(table, c == 0 || c == 2 ? SWT.RIGHT : SWT.LEFT);
            tc.setText(COLUMNS[c]);
            tc.setWidth(WIDTHS[c]);
        }
        slider = new Slider(this, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, e -> scrollTo(slider.getSelection()));
        table.addListener(SWT.Resize, e -> fill());
        table.addListener(SWT.MouseVerticalWheel, e -> {
            scrollTo(top - e.count);
            e.doit = false;
        });
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && top + i < size()) {
                selectedRow = top + i;
                onSelect.accept(eventAt(selectedRow));
            }
        });
        table.addListener(SWT.DefaultSelection, e -> {
            if (selectedRow >= 0) {
                onOpen.accept(eventAt(selectedRow));
            }
        });
    }

    /** The native table (for menus and tests). */
    public Table table() {
        return table;
    }

    public void onSelect(IntConsumer c) {
        onSelect = c;
    }

    public void onOpen(IntConsumer c) {
        onOpen = c;
    }

    /** Shows the events of t; rows null for all events, else the (ascending) event indices to show. */
    public void setRows(Trace t, int[] r) {
        int keep = selectedEvent();
        trace = t;
        rows = r;
        top = 0;
        selectedRow = -1;
        if (keep >= 0) {
            int row = rowOf(keep);
            if (row >= 0) {
                selectedRow = row;
                top = Math.max(0, row - visibleRows() / 2);
            }
        }
        fill();
    }

    /** Number of rows (events shown). */
    public int size() {
        return trace == null ? 0 : rows == null ? trace.size() : rows.length;
    }

    /** Event index of row. */
    public int eventAt(int row) {
        return rows == null ? row : rows[row];
    }

    /** Row of event, or -1 if the event is not shown. */
    public int rowOf(int event) {
        if (trace == null || event < 0) {
            return -1;
        }
        if (rows == null) {
            return event < trace.size() ? event : -1;
        }
        int k = java.util.Arrays.binarySearch(rows, event);
        return k >= 0 ? k : -1;
    }

    /** The row at or after event (for selecting in a filtered view), or -1. */
    public int rowAtOrAfter(int event) {
        if (rows == null) {
            return event < size() ? event : -1;
        }
        int k = java.util.Arrays.binarySearch(rows, event);
        k = k >= 0 ? k : -k - 1;
        return k < rows.length ? k : -1;
    }

    /** Selected event index, or -1. */
    public int selectedEvent() {
        return selectedRow >= 0 && selectedRow < size() ? eventAt(selectedRow) : -1;
    }

    /** Selects a row and scrolls it into view (does not call the listener). */
    public void selectRow(int row) {
        if (row < 0 || row >= size()) {
            return;
        }
        selectedRow = row;
        int vis = visibleRows();
        if (row < top || row >= top + vis) {
            top = Math.max(0, row - vis / 2);
        }
        fill();
    }

    /** The first row on screen. */
    public int topRow() {
        return top;
    }

    public int visibleRows() {
        int h = table.getClientArea().height - table.getHeaderHeight();
        return Math.max(1, h / Math.max(1, table.getItemHeight()));
    }

    private void key(Event e) {
        int vis = visibleRows();
        int row = selectedRow < 0 ? top : selectedRow;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> row--;
            case SWT.ARROW_DOWN -> row++;
            case SWT.PAGE_UP -> row -= vis;
            case SWT.PAGE_DOWN -> row += vis;
            case SWT.HOME -> row = 0;
            case SWT.END -> row = size() - 1;
            default -> {
                return;
            }
        }
        e.doit = false;
        row = Math.max(0, Math.min(size() - 1, row));
        if (row >= 0) {
            selectRow(row);
            onSelect.accept(eventAt(row));
        }
    }

    private void scrollTo(int newTop) {
        top = Math.max(0, Math.min(newTop, Math.max(0, size() - visibleRows())));
        fill();
    }

    /** Refills the native rows from the model. */
    public void fill() {
        if (isDisposed()) {
            return;
        }
        int vis = visibleRows();
        int n = size();
        top = Math.max(0, Math.min(top, Math.max(0, n - vis)));
        int shown = Math.max(0, Math.min(vis, n - top));
        table.setRedraw(false);
        try {
            table.setItemCount(shown);
            for (int r = 0; r < shown; r++) {
                TableItem it = table.getItem(r);
                it.setText(texts(eventAt(top + r)));
            }
            if (selectedRow >= top && selectedRow < top + shown) {
                table.setSelection(selectedRow - top);
            } else {
                table.deselectAll();
            }
        } finally {
            table.setRedraw(true);
        }
        slider.setValues(top, 0, Math.max(1, n), Math.max(1, Math.min(vis, Math.max(1, n))), 1, Math.max(1, vis));
        slider.setEnabled(n > vis);
    }

    private String[] texts(int event) {
        return cache.computeIfAbsent(event, i -> {
            TraceEvent e = trace.event(i);
            return new String[] {Integer.toString(i + 1), e.tsText(), Integer.toString(e.cpu()),
                e.comm() + "-" + e.pid(), e.name(), e.latency(), e.payload()
                    + (e.stack().isEmpty() ? "" : "  [" + e.stack().size() + " frames]")};
        });
    }

    /** Forgets cached row texts (after the trace changed). */
    public void clearCache() {
        cache.clear();
    }
}
