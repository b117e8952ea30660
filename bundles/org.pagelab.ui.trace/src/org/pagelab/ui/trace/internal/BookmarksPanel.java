package org.pagelab.ui.trace.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;

/** Bookmarked events with notes; double-click jumps to the event. */
public final class BookmarksPanel extends Composite {
    private final Table table;
    private Trace trace;
    private Bookmarks marks;
    private List<Integer> rows = List.of();
    private IntConsumer onSelect = e -> { };
    private java.util.function.IntSupplier selected = () -> -1;

    public BookmarksPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(4, false));
        Button add = new Button(this, SWT.PUSH);
        add.setText("Bookmark selected event");
        add.addListener(SWT.Selection, e -> toggle(selected.getAsInt(), true));
        Button note = new Button(this, SWT.PUSH);
        note.setText("Edit note...");
        note.addListener(SWT.Selection, e -> editNote());
        Button remove = new Button(this, SWT.PUSH);
        remove.setText("Remove");
        remove.addListener(SWT.Selection, e -> removeSelected());
        new org.eclipse.swt.widgets.Label(this, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(this, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] cols = {"#", "Time (s)", "Event", "Note"};
        int[] widths = {70, 110, 200, 500};
        for (int c = 0; c < cols.length; c++) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(cols[c]);
            tc.setWidth(widths[c]);
        }
        table.addListener(SWT.DefaultSelection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                onSelect.accept(rows.get(i));
            }
        });
    }

    private void removeSelected() {
        int i = table.getSelectionIndex();
        if (i >= 0) {
            toggle(rows.get(i), false);
        }
    }

    public void onSelect(IntConsumer c) {
        onSelect = c;
    }

    /** Where "Bookmark selected event" takes its event. */
    public void selectedEvent(java.util.function.IntSupplier s) {
        selected = s;
    }

    public void setTrace(Trace t, Bookmarks b) {
        trace = t;
        marks = b;
        refresh();
    }

    public Bookmarks bookmarks() {
        return marks;
    }

    /** Adds (on) or removes a bookmark; errors saving are shown, the bookmark stays in memory. */
    public void toggle(int event, boolean on) {
        if (trace == null || event < 0) {
            return;
        }
        try {
            if (on) {
                marks.put(trace, event, marks.note(event));
            } else {
                marks.remove(trace, event);
            }
        } catch (IOException e) {
            MessageDialog.openError(getShell(), "Bookmarks", "Cannot save the bookmarks: " + e.getMessage());
        }
        refresh();
    }

    private void editNote() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            return;
        }
        int ev = rows.get(i);
        InputDialog d = new InputDialog(getShell(), "Bookmark note", "Note for event " + (ev + 1), marks.note(ev), null);
        if (d.open() == Window.OK) {
            try {
                marks.put(trace, ev, d.getValue());
            } catch (IOException e) {
                MessageDialog.openError(getShell(), "Bookmarks", "Cannot save the bookmarks: " + e.getMessage());
            }
            refresh();
        }
    }

    private void refresh() {
        table.removeAll();
        rows = marks == null ? List.of() : marks.events();
        for (int ev : rows) {
            TableItem it = new TableItem(table, SWT.NONE);
            it.setText(new String[] {Integer.toString(ev + 1), TraceEvent.formatTs(trace.ts(ev)),
                trace.typeName(trace.type(ev)), marks.note(ev)});
        }
    }

    public Table table() {
        return table;
    }
}
