package org.pagelab.ui.trace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.EventSource;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceBuilder;
import org.pagelab.engine.trace.TraceEvent;
import org.pagelab.engine.trace.TraceFormat;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.trace.TraceEditor;
import org.pagelab.ui.trace.internal.ChartsPanel;
import org.pagelab.ui.trace.internal.EventTable;
import org.pagelab.ui.trace.internal.TraceViewer;

/** The trace viewer in a live workbench, on the real captures of ../shared/data/traces. */
class TraceEditorTest {
    static Path shared(String name) {
        String p = System.getProperty("pagelab.shared.dir");
        Path f = p == null ? null : Path.of(p, "data", "traces", name);
        for (Path d = Path.of("").toAbsolutePath(); (f == null || !Files.exists(f)) && d != null; d = d.getParent()) {
            f = d.resolve("shared/data/traces").resolve(name);
        }
        Assumptions.assumeTrue(f != null && Files.exists(f), "missing shared test data " + name);
        return f;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void waitUntil(String what, BooleanSupplier done) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
        while (d.readAndDispatch()) {
            // let follow-up UI work run
        }
    }

    static TraceEditor open(Path f) {
        IEditorPart ed = OpenFiles.open(page(), f);
        TraceEditor te = assertInstanceOf(TraceEditor.class, ed, "the trace viewer opens " + f);
        waitUntil("loading " + f, () -> te.viewer() != null || !te.errorText().isEmpty());
        assertEquals("", te.errorText());
        return te;
    }

    @AfterEach
    void closeAll() {
        page().closeAllEditors(false);
    }

    private static void mouse(org.eclipse.swt.widgets.Control c, int type, int x, int y, int state) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.type = type;
        e.button = type == org.eclipse.swt.SWT.MouseMove ? 0 : 1;
        e.x = x;
        e.y = y;
        e.stateMask = state;
        c.notifyListeners(type, e);
    }

    /** What other views (findings) see: the selected event, a Shift+drag time range, and Show In of both. */
    @Test
    void selectionIsTheEventOrTheTimeRange() {
        TraceEditor te = open(shared("fork-cow-thp.ftrace.txt"));
        TraceViewer v = te.viewer();
        Trace t = te.getAdapter(Trace.class);
        assertEquals(v.trace(), t);
        var provider = te.getEditorSite().getSelectionProvider();
        v.select(100);
        var e = (org.pagelab.engine.findings.Refs.Event) ((org.eclipse.jface.viewers.IStructuredSelection) provider
                .getSelection()).getFirstElement();
        assertEquals(100, e.event().index());

        // Shift+drag on the all-CPU lane: a time range, shaded, as the selection
        var tl = v.timeline();
        tl.setWindow(t.firstTs(), t.lastTs());
        mouse(tl, org.eclipse.swt.SWT.MouseDown, 100, 5, org.eclipse.swt.SWT.SHIFT);
        mouse(tl, org.eclipse.swt.SWT.MouseMove, 200, 5, org.eclipse.swt.SWT.SHIFT | org.eclipse.swt.SWT.BUTTON1);
        mouse(tl, org.eclipse.swt.SWT.MouseUp, 200, 5, org.eclipse.swt.SWT.SHIFT | org.eclipse.swt.SWT.BUTTON1);
        var r = (org.pagelab.engine.findings.Refs.TimeRange) ((org.eclipse.jface.viewers.IStructuredSelection) provider
                .getSelection()).getFirstElement();
        assertEquals(-1, r.cpu());
        assertTrue(r.start() >= t.firstTs() && r.start() < r.end() && r.end() <= t.lastTs(), r.toString());
        assertEquals(r.start(), tl.range().start());
        assertTrue(v.statusText().contains("on all CPUs"), v.statusText());
        assertEquals(te.getEditorInput(), page().getActiveEditor().getEditorInput());

        // Show In: back to an event, then to a range on one CPU (its first event selected)
        var show = te.getAdapter(org.eclipse.ui.part.IShowInTarget.class);
        assertTrue(show.show(new org.eclipse.ui.part.ShowInContext(null, new org.eclipse.jface.viewers.StructuredSelection(
                new org.pagelab.engine.findings.Refs.Event(t.file(), t.event(7))))));
        assertEquals(7, v.table().selectedEvent());
        long a = t.ts(1000);
        assertTrue(show.show(new org.eclipse.ui.part.ShowInContext(null, new org.eclipse.jface.viewers.StructuredSelection(
                new org.pagelab.engine.findings.Refs.TimeRange(t.file(), a, a + 5_000_000, t.cpu(1000))))));
        assertEquals(a, t.ts(v.table().selectedEvent()));
        assertEquals(t.cpu(1000), tl.range().cpu());
        assertFalse(show.show(new org.eclipse.ui.part.ShowInContext(null, new org.eclipse.jface.viewers.StructuredSelection(
                new org.pagelab.engine.findings.Refs.Event(t.file().resolveSibling("other.txt"), t.event(7))))),
                "another trace's event is not shown here");

        // Focus on page publishes the page; Show In of a page focuses on it (its lifecycle, first event revealed)
        long pfn = v.pfnOf(7) >= 0 ? v.pfnOf(7) : t.pfnOfPage(0);
        v.focusPage(v.pfnOf(7) >= 0 ? 7 : t.eventsOfPfn(pfn)[0]);
        assertEquals(new org.pagelab.engine.findings.Refs.Page(t.file(), pfn),
                ((org.eclipse.jface.viewers.IStructuredSelection) provider.getSelection()).getFirstElement());
        v.select(0);
        long other = t.pfnOfPage(1) == pfn ? t.pfnOfPage(2) : t.pfnOfPage(1);
        assertTrue(show.show(new org.eclipse.ui.part.ShowInContext(null, new org.eclipse.jface.viewers.StructuredSelection(
                new org.pagelab.engine.findings.Refs.Page(t.file(), other)))));
        assertEquals(other, v.pagePanel().lifecycle().pfn());
        assertEquals(new org.pagelab.engine.findings.Refs.Page(t.file(), other),
                ((org.eclipse.jface.viewers.IStructuredSelection) provider.getSelection()).getFirstElement());
        assertFalse(show.show(new org.eclipse.ui.part.ShowInContext(null, new org.eclipse.jface.viewers.StructuredSelection(
                new org.pagelab.engine.findings.Refs.Page(t.file(), 0x7)))), "a pfn without events");
        assertTrue(v.statusText().contains("no event of pfn 0x7"), v.statusText());
    }

    @Test
    void ftraceCaptureLoadsFiltersFocusesAndCharts(@TempDir Path tmp) throws IOException {
        TraceEditor te = open(shared("fork-cow-thp.ftrace.txt"));
        TraceViewer v = te.viewer();
        EventTable table = v.table();
        assertEquals(16_646, table.size());
        assertTrue(table.table().getItemCount() > 0 && table.table().getItemCount() <= table.visibleRows(),
                "the native table holds the visible rows only");
        TableItem first = table.table().getItem(0);
        assertEquals("1184.558591", first.getText(1));
        assertEquals("page_fault_user", first.getText(4));

        v.applyFilter("event:mm_page_alloc");
        waitUntil("the filter", () -> table.size() == 3209);
        assertTrue(v.statusText().startsWith("3209 of 16646 events match"), v.statusText());
        int alloc = table.eventAt(0);
        v.select(alloc);
        assertEquals(alloc, table.selectedEvent());
        assertEquals(v.trace().ts(alloc), te.trace().ts(table.selectedEvent()));

        v.focusPage(alloc);
        assertEquals(10, v.pagePanel().lifecycle().steps().size(), "pfn 0x1054f2: five allocations and frees");
        int free = v.pagePanel().lifecycle().steps().get(1).event(); // an mm_page_free: outside the filter
        v.select(free);
        int sel = table.selectedEvent();
        assertTrue(sel > free && "mm_page_alloc".equals(v.trace().typeName(v.trace().type(sel))),
                "selecting an event the filter hides selects the next one it shows");

        v.applyFilter("");
        waitUntil("clearing the filter", () -> table.size() == 16_646);

        v.showChart(4); // fault rate
        ChartsPanel charts = v.chartsPanel();
        waitUntil("the fault-rate chart", () -> charts.status().contains("points"));
        assertTrue(charts.chart().drawnPoints() > 0);
        int[] refs = charts.chart().series().get(0).refs();
        int point = 3;
        while (refs[point] < 0) {
            point++;
        }
        charts.chart().fire(0, point);
        assertEquals(refs[point], table.selectedEvent(), "a chart point selects its event");
        Path png = tmp.resolve("faults.png");
        charts.chart().exportPng(png, 640, 400);
        assertTrue(Files.size(png) > 1000);

        v.showChart(2); // rss_stat
        waitUntil("the rss_stat chart", () -> charts.status().contains("points"));
        assertEquals(2741, charts.chart().series().stream().mapToInt(s -> s.size()).sum());

        v.search("event:sched_process_fork", true);
        waitUntil("the search", () -> "sched_process_fork".equals(
                v.trace().typeName(v.trace().type(Math.max(0, table.selectedEvent())))));
        long selTs = v.trace().ts(table.selectedEvent());
        assertTrue(v.timeline().windowStart() <= selTs && selTs < v.timeline().windowEnd(),
                "the timeline shows the selected event");
    }

    @Test
    void mailSnippetChartsTheRefcountAndClickSelects() {
        TraceEditor te = open(shared("mail-page_ref-stack.txt"));
        TraceViewer v = te.viewer();
        assertEquals(3, v.table().size());
        v.select(0);
        v.focusPage(0);
        assertEquals(0x17ac9, v.pagePanel().lifecycle().pfn());
        v.showChart(0);
        ChartsPanel charts = v.chartsPanel();
        waitUntil("the refcount chart", () -> charts.status().contains("points"));
        assertEquals(2, charts.chart().series().get(0).size());
        assertEquals(2.0, charts.chart().series().get(0).y()[0]);
        charts.chart().fire(0, 1);
        assertEquals(2, v.table().selectedEvent(), "the second page_ref point is the third event");
        assertEquals(1, v.problemsPanel().table().getItemCount(), "the cut stack at the top is listed");
    }

    @Test
    void traceDatOpensInTheViewer() {
        TraceEditor te = open(shared("fork-cow-thp.trace.dat"));
        assertEquals(16_646, te.viewer().table().size());
        assertEquals(TraceFormat.TRACE_DAT_V7, te.trace().format());
    }

    @Test
    void brokenLinesAreListedAndABookmarkIsKept(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("broken.txt");
        Files.writeString(f, """
                # tracer: nop
                            bash-1   [000] .....  10.000000: mm_page_free: page=0000000000000001 pfn=0x1 order=0
                            bash-1   [000] .....  xx.yyyyyy: mm_page_free: page=0000000000000001 pfn=0x1 order=0
                            bash-1   [000] .....  10.000002: mm_page_free: page=0000000000000001 pfn=0x2 order=0
                """);
        TraceEditor te = open(f);
        TraceViewer v = te.viewer();
        assertEquals(2, v.table().size());
        assertEquals(1, v.problemsPanel().table().getItemCount());
        assertEquals("3", v.problemsPanel().table().getItem(0).getText(1), "line 3");
        v.select(1);
        v.bookmarksPanel().toggle(1, true);
        assertTrue(v.bookmarksPanel().bookmarks().has(1));
        page().closeAllEditors(false);
        TraceEditor again = open(f);
        assertTrue(again.viewer().bookmarksPanel().bookmarks().has(1), "bookmarks are kept across openings");
    }

    @Test
    void aTextFileThatIsNoTraceDoesNotOpenInTheViewer(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("notes.txt");
        Files.writeString(f, "just some notes\n");
        IEditorPart ed = OpenFiles.open(page(), f);
        assertFalse(ed instanceof TraceEditor, String.valueOf(ed));
    }

    @Test
    void tenMillionRowsStayWindowed() {
        TraceBuilder b = new TraceBuilder(Path.of("synthetic"), TraceFormat.FTRACE);
        int type = b.type("mm_page_alloc");
        int n = 10_000_000;
        for (int i = 0; i < n; i++) {
            b.add(1_000_000_000L + i * 100L, i & 3, 1000 + (i & 15), type, i);
        }
        EventSource src = new EventSource() {
            @Override
            public TraceEvent read(Trace t, int i) {
                return new TraceEvent(i, t.ts(i), t.cpu(i), t.pid(i), "task", "mm_page_alloc", "", Map.of(),
                        "pfn=0x" + Integer.toHexString(i), List.of(), "");
            }

            @Override
            public void close() {
            }
        };
        try (Trace t = b.build(src, ProgressMonitor.NONE, 0, System.nanoTime())) {
            org.eclipse.swt.widgets.Shell s = new org.eclipse.swt.widgets.Shell(Display.getCurrent());
            try {
                s.setLayout(new org.eclipse.swt.layout.FillLayout());
                EventTable table = new EventTable(s);
                s.setSize(900, 600);
                s.open();
                table.setRows(t, null);
                assertEquals(n, table.size());
                int vis = table.table().getItemCount();
                assertTrue(vis > 5 && vis < 200, "native rows: " + vis);
                table.selectRow(n - 1);
                assertEquals(n - 1, table.selectedEvent());
                assertEquals(Integer.toString(n), table.table().getItem(table.table().getItemCount() - 1).getText(0));
                table.selectRow(n / 2);
                assertTrue(table.topRow() <= n / 2 && n / 2 < table.topRow() + table.visibleRows());
                int now = table.table().getItemCount();
                assertTrue(now <= table.visibleRows() && now < 200, "still only the visible rows: " + now);
            } finally {
                s.dispose();
            }
        }
    }
}
