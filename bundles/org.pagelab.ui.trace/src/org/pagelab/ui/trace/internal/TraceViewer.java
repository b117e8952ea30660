package org.pagelab.ui.trace.internal;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.pagelab.ui.JobProgress;
import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.engine.trace.analysis.Density;
import org.pagelab.engine.trace.analysis.PageLifecycle;
import org.pagelab.engine.trace.analysis.TraceFilter;

/**
 * The trace viewer inside the editor: filter and search bar, per-CPU
 * timeline, event table, and tabs for the focused page, charts, problems
 * and bookmarks. Every part selects through {@link #select}, so a click in
 * the timeline, a chart point, a lifecycle step or a bookmark all show the
 * same event everywhere.
 */
public final class TraceViewer extends Composite {
    private static final String[] PFN_FIELDS = {"pfn", "fin_pfn", "old_pfn", "new_pfn", "src_pfn", "dst_pfn",
        "scan_pfn"};

    private final Trace trace;
    private final Text filterText;
    private final Label status;
    private final Text searchText;
    private final TimelineCanvas timeline;
    private final EventTable table;
    private final CTabFolder tabs;
    private final PagePanel page;
    private final ChartsPanel charts;
    private final ProblemsPanel problems;
    private final BookmarksPanel bookmarks;
    private final CTabItem pageTab;
    private final CTabItem chartsTab;
    private final CTabItem problemsTab;
    private Job filterJob;
    private Job searchJob;
    private String searchFor = "";
    private int[] searchHits = new int[0];
    private TraceFilter current = TraceFilter.parse("");
    private IntConsumer eventListener = e -> { };
    private Consumer<TimelineCanvas.Range> rangeListener = r -> { };
    private java.util.function.LongConsumer pageListener = p -> { };

    public TraceViewer(Composite parent, Trace t, Density density, Bookmarks marks) {
        super(parent, SWT.NONE);
        this.trace = t;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(8, false));
        new Label(bar, SWT.NONE).setText("Filter:");
        filterText = new Text(bar, SWT.BORDER | SWT.SEARCH);
        filterText.setMessage("event:mm_page_alloc pid:123 cpu:0 pfn:0x17ac9 time:1.2..1.5 count>2 comm:bash");
        filterText.setToolTipText("Terms, all must hold: event:NAME,.. pid:N cpu:N pfn:0x.. mm:N comm:NAME "
                + "time:FROM..TO (s), field predicates FIELD=V FIELD>V FIELD~TEXT, or words the text contains");
        GridData fd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fd.widthHint = 380;
        filterText.setLayoutData(fd);
        filterText.addListener(SWT.DefaultSelection, e -> applyFilter(filterText.getText()));
        Button clear = new Button(bar, SWT.PUSH);
        clear.setText("Clear");
        clear.addListener(SWT.Selection, e -> {
            filterText.setText("");
            applyFilter("");
        });
        new Label(bar, SWT.NONE).setText("Search:");
        searchText = new Text(bar, SWT.BORDER | SWT.SEARCH);
        searchText.setMessage("text or terms; Enter: next");
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 200;
        searchText.setLayoutData(sd);
        searchText.addListener(SWT.DefaultSelection, e -> search(searchText.getText(), true));
        Button prev = new Button(bar, SWT.PUSH);
        prev.setText("Previous");
        prev.addListener(SWT.Selection, e -> search(searchText.getText(), false));
        Button next = new Button(bar, SWT.PUSH);
        next.setText("Next");
        next.addListener(SWT.Selection, e -> search(searchText.getText(), true));
        Button focus = new Button(bar, SWT.PUSH);
        focus.setText("Focus on page");
        focus.setToolTipText("Every event of the selected event's page, as its lifecycle");
        focus.addListener(SWT.Selection, e -> focusSelected());
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        timeline = new TimelineCanvas(this);
        GridData td = new GridData(SWT.FILL, SWT.TOP, true, false);
        td.heightHint = TimelineCanvas.heightFor(t.cpus().length);
        timeline.setLayoutData(td);
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new EventTable(sash);
        tabs = new CTabFolder(sash, SWT.BORDER | SWT.BOTTOM);
        page = new PagePanel(tabs);
        pageTab = tab("Page", page);
        charts = new ChartsPanel(tabs);
        chartsTab = tab("Charts", charts);
        problems = new ProblemsPanel(tabs);
        problemsTab = tab("Problems", problems);
        bookmarks = new BookmarksPanel(tabs);
        tab("Bookmarks", bookmarks);
        tabs.setSelection(t.problems().isEmpty() ? 1 : 2);
        sash.setWeights(50, 50);

        timeline.setTrace(t, density);
        timeline.onSelect(this::select);
        timeline.onRange(this::rangeSelected);
        Menu tm = new Menu(timeline);
        MenuItem visible = new MenuItem(tm, SWT.PUSH);
        visible.setText("Select the visible time range");
        visible.addListener(SWT.Selection, e -> {
            long a = Math.max(trace.firstTs(), timeline.windowStart());
            long b = Math.min(trace.lastTs(), timeline.windowEnd());
            TimelineCanvas.Range r = new TimelineCanvas.Range(a, Math.max(a, b), -1);
            timeline.setRange(r);
            rangeSelected(r);
        });
        timeline.setMenu(tm);
        table.onSelect(this::select);
        table.onOpen(this::focusPage);
        page.onSelect(this::select);
        charts.onSelect(this::select);
        bookmarks.onSelect(this::select);
        bookmarks.selectedEvent(table::selectedEvent);
        bookmarks.setTrace(t, marks);
        problems.show(t.problems());
        problemsTab.setText("Problems (" + (t.problems().size() < 10_000 ? t.problems().size() : "10000+") + ")");
        charts.setTrace(t);
        menu();
        table.setRows(t, null);
        showStatus();
    }

    private void focusSelected() {
        focusPage(table.selectedEvent());
    }

    private CTabItem tab(String name, org.eclipse.swt.widgets.Control c) {
        CTabItem i = new CTabItem(tabs, SWT.NONE);
        i.setText(name);
        i.setControl(c);
        return i;
    }

    private void menu() {
        Menu m = new Menu(table.table());
        item(m, "Focus on this page", () -> focusPage(table.selectedEvent()));
        item(m, "Show only this page", () -> filterBy("pfn:0x" + Long.toHexString(pfnOf(table.selectedEvent()))));
        item(m, "Show only this task", () -> filterBy("pid:" + trace.pid(table.selectedEvent())));
        item(m, "Show only this event type", () -> filterBy("event:" + trace.typeName(trace.type(
                table.selectedEvent()))));
        item(m, "Show only this CPU", () -> filterBy("cpu:" + trace.cpu(table.selectedEvent())));
        new MenuItem(m, SWT.SEPARATOR);
        item(m, "Toggle bookmark", () -> {
            int ev = table.selectedEvent();
            bookmarks.toggle(ev, !bookmarks.bookmarks().has(ev));
        });
        table.table().setMenu(m);
    }

    private void item(Menu m, String text, Runnable r) {
        MenuItem i = new MenuItem(m, SWT.PUSH);
        i.setText(text);
        i.addListener(SWT.Selection, e -> {
            if (table.selectedEvent() >= 0) {
                r.run();
            }
        });
    }

    private void filterBy(String term) {
        if (term.endsWith("0x-1")) {
            status.setText("this event names no page");
            return;
        }
        String t = filterText.getText().trim();
        filterText.setText(t.isEmpty() ? term : t + " " + term);
        applyFilter(filterText.getText());
    }

    public Trace trace() {
        return trace;
    }

    public EventTable table() {
        return table;
    }

    public TimelineCanvas timeline() {
        return timeline;
    }

    public PagePanel pagePanel() {
        return page;
    }

    public ChartsPanel chartsPanel() {
        return charts;
    }

    public ProblemsPanel problemsPanel() {
        return problems;
    }

    public BookmarksPanel bookmarksPanel() {
        return bookmarks;
    }

    /** The running filter job (null if none ran), for tests. */
    public Job filterJob() {
        return filterJob;
    }

    public Job searchJob() {
        return searchJob;
    }

    public String statusText() {
        return status.getText();
    }

    /** Called with the event index whenever an event is selected (by any part of the viewer). */
    public void onEventSelected(IntConsumer c) {
        eventListener = c;
    }

    /** Called when a time range is selected in the timeline. */
    public void onRangeSelected(Consumer<TimelineCanvas.Range> c) {
        rangeListener = c;
    }

    /** Called with the pfn when the viewer focuses on a page ("Focus on page"). */
    public void onPageFocused(java.util.function.LongConsumer c) {
        pageListener = c;
    }

    private void rangeSelected(TimelineCanvas.Range r) {
        status.setText(count() + "   selected: " + TraceEvent.formatTs(r.start()) + " .. "
                + TraceEvent.formatTs(r.end()) + (r.cpu() < 0 ? " on all CPUs" : " on CPU " + r.cpu()));
        rangeListener.accept(r);
    }

    /**
     * Shows a time range: zooms the timeline onto it (with a margin), shades
     * it, and selects its first event.
     */
    public void showRange(long start, long end, int cpu) {
        long pad = Math.max(1000, (end - start) / 10);
        timeline.setWindow(start - pad, end + pad);
        TimelineCanvas.Range r = new TimelineCanvas.Range(start, end, cpu);
        int first = trace.firstAtOrAfter(start);
        if (first >= 0 && first < trace.size() && trace.ts(first) <= end) {
            select(first);
        }
        timeline.setRange(r);
        rangeSelected(r);
    }

    /** Shows event i everywhere (table row, timeline marker, chart marker, lifecycle step). */
    public void select(int i) {
        if (i < 0 || i >= trace.size()) {
            return;
        }
        int row = table.rowOf(i);
        if (row < 0) {
            row = table.rowAtOrAfter(i); // not in the filter: the next event that is
        }
        table.selectRow(row);
        int ev = table.selectedEvent() >= 0 ? table.selectedEvent() : i;
        timeline.setSelected(trace.ts(ev));
        charts.mark(trace.ts(ev));
        page.reveal(ev);
        TraceEvent e = trace.event(ev);
        status.setText(count() + "   selected: " + e.tsText() + " " + e.name() + " " + e.comm() + "-" + e.pid()
                + " [" + e.cpu() + "] " + e.where() + (bookmarks.bookmarks().has(ev) ? "  (bookmarked)" : ""));
        eventListener.accept(ev);
    }

    private String count() {
        return current.isEmpty() ? trace.size() + " events"
                : table.size() + " of " + trace.size() + " events match '" + current + "'";
    }

    private void showStatus() {
        status.setText(count() + "   " + trace.format().description() + ", " + trace.cpuCount() + " CPUs, "
                + trace.pageCount() + " pages, loaded in " + trace.loadMillis() + " ms"
                + (trace.unparsed() > 0 ? ", " + trace.unparsed() + " unparsed lines" : ""));
    }

    /** Applies filter text (in a job: predicates may re-read many events). */
    public void applyFilter(String text) {
        TraceFilter f;
        try {
            f = TraceFilter.parse(text);
        } catch (IllegalArgumentException e) {
            status.setText("filter: " + e.getMessage());
            return;
        }
        if (filterJob != null) {
            filterJob.cancel();
        }
        if (f.isEmpty()) {
            current = f;
            table.setRows(trace, null);
            showStatus();
            return;
        }
        status.setText("filtering '" + text + "'...");
        filterJob = Job.create("Filtering " + trace.file().getFileName(), m -> {
            try {
                int[] rows = f.apply(trace, new JobProgress(m));
                getDisplay().asyncExec(() -> {
                    if (!isDisposed()) {
                        current = f;
                        table.setRows(trace, rows);
                        int sel = table.selectedEvent();
                        if (sel >= 0) {
                            select(sel);
                        } else {
                            status.setText(count());
                        }
                    }
                });
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            }
        });
        filterJob.schedule();
    }

    /** Selects the next (or previous) event after the selection that matches text (filter syntax or words). */
    public void search(String text, boolean forward) {
        if (text.isBlank()) {
            return;
        }
        if (text.equals(searchFor)) {
            jump(forward);
            return;
        }
        TraceFilter f;
        try {
            f = TraceFilter.parse(text);
        } catch (IllegalArgumentException e) {
            status.setText("search: " + e.getMessage());
            return;
        }
        if (searchJob != null) {
            searchJob.cancel();
        }
        status.setText("searching '" + text + "'...");
        searchJob = Job.create("Searching " + trace.file().getFileName(), m -> {
            try {
                int[] hits = f.apply(trace, new JobProgress(m));
                getDisplay().asyncExec(() -> {
                    if (!isDisposed()) {
                        searchFor = text;
                        searchHits = hits;
                        jump(forward);
                    }
                });
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            }
        });
        searchJob.schedule();
    }

    private void jump(boolean forward) {
        int from = table.selectedEvent();
        int k = Arrays.binarySearch(searchHits, from);
        int next;
        if (forward) {
            next = k >= 0 ? k + 1 : -k - 1;
        } else {
            next = k >= 0 ? k - 1 : -k - 2;
        }
        if (next < 0 || next >= searchHits.length) {
            status.setText("'" + searchFor + "': no " + (forward ? "further" : "earlier") + " match ("
                    + searchHits.length + " in all)");
            return;
        }
        select(searchHits[next]);
    }

    /** The pfn an event names (pfn=, fin_pfn=...), or -1. */
    public long pfnOf(int event) {
        if (event < 0) {
            return -1;
        }
        TraceEvent e = trace.event(event);
        for (String f : PFN_FIELDS) {
            FieldValue v = e.field(f);
            if (v != null && v.isNumeric() && trace.pageOfPfn(v.longValue(-1)) >= 0) {
                return v.longValue(-1);
            }
        }
        return -1;
    }

    /** Shows the lifecycle of the page the event names, and charts its refcount. */
    public void focusPage(int event) {
        long pfn = pfnOf(event);
        if (pfn < 0) {
            status.setText("this event names no page (no pfn field)");
            return;
        }
        focusPfn(pfn, event);
    }

    /**
     * Focuses on the page of a pfn: its lifecycle in the Page tab (revealing
     * {@code event}, or its first event when -1) and its refcount chart.
     * Returns false when the trace has no event of that pfn.
     */
    public boolean focusPfn(long pfn, int event) {
        int[] events = pfn < 0 || trace.pageOfPfn(pfn) < 0 ? new int[0] : trace.eventsOfPfn(pfn);
        if (events.length == 0) {
            status.setText("the trace has no event of pfn 0x" + Long.toHexString(pfn));
            return false;
        }
        page.show(PageLifecycle.of(trace, pfn));
        page.reveal(event >= 0 ? event : events[0]);
        charts.setPage(pfn);
        tabs.setSelection(pageTab);
        pageListener.accept(pfn);
        return true;
    }

    /** Shows the charts tab with chart kind k. */
    public void showChart(int k) {
        tabs.setSelection(chartsTab);
        charts.show(k);
    }

    @Override
    public void dispose() {
        if (filterJob != null) {
            filterJob.cancel();
        }
        if (searchJob != null) {
            searchJob.cancel();
        }
        super.dispose();
    }
}
