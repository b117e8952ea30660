package org.pagelab.ui.findings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.findings.Refs;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.sem.Compiler;
import org.pagelab.engine.state.TraceStates;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.Severity;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.mm.Page;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.findings.FindingsUi;
import org.pagelab.ui.findings.internal.FindingsStore;
import org.pagelab.ui.findings.internal.FindingsView;
import org.pagelab.ui.findings.internal.TestAccess;

/**
 * The Findings view as a reviewer uses it: findings made on counterexample
 * steps are listed in the order of the interleaving, saved next to the
 * scenario, still listed after a restart, still on their steps after the
 * scenario was edited and explored again; double-click shows the state
 * after the step; a damaged findings file is reported and not overwritten.
 */
class FindingsViewTest {
    private static final String SB = """
            C sb
            {}
            P0:dio(int *x, int *y) {
              int r0;
              WRITE_ONCE(*x, 1);
              r0 = READ_ONCE(*y);
            }
            P1:reclaim(int *x, int *y) {
              int r1;
              WRITE_ONCE(*y, 1);
              r1 = READ_ONCE(*x);
            }
            exists (0:r0=1 /\\ 1:r1=1)
            """;

    @TempDir
    Path dir;
    private FindingsView view;

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void waitFor(String what, BooleanSupplier done) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
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
    }

    static Trace witness(Path file) throws Exception {
        Explorer.Options o = new Explorer.Options();
        o.workers = 1;
        ExploreResult r = Explorer.explore(Compiler.compile(Parser.parseScenario(file.toString(),
                Files.readString(file))), o);
        assertNotNull(r.witness());
        return r.witness();
    }

    @BeforeEach
    void open() throws Exception {
        TestAccess.resetStore();
        view = (FindingsView) page().showView(FindingsUi.VIEW_FINDINGS);
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        page().hideView(view);
        TestAccess.resetStore();
    }

    private int stepOf(Trace t, String thread, String text) {
        for (Trace.Step s : t.steps()) {
            if (s.threadName().equals(thread) && s.event().contains(text)) {
                return s.index();
            }
        }
        throw new AssertionError("no step " + thread + " " + text);
    }

    @Test
    void findingsOnStepsAreListedSavedReloadedAndFollowEdits() throws Exception {
        Path file = dir.resolve("sb.pgl");
        Files.writeString(file, SB);
        Trace t = witness(file);
        FindingsStore.get().counterexample(file, t);
        int late = stepOf(t, "reclaim", "READ_ONCE(*x)");
        int early = stepOf(t, "dio", "WRITE_ONCE(*x, 1)");
        Finding a = TestAccess.add(page(), new StructuredSelection(new Refs.Step(file, t, late)), "reclaim reads x",
                "It sees dio's write.", Severity.MAJOR, List.of("sb"));
        Finding b = TestAccess.add(page(), new StructuredSelection(new Refs.Step(file, t, early)), "dio writes x", "",
                Severity.NOTE, List.of());
        assertNotNull(a);
        assertNotNull(b);
        assertTrue(Files.exists(FindingsFiles.fileFor(file)), "saved at once");
        view.refresh();
        assertEquals(List.of("dio writes x", "reclaim reads x"),
                view.rows().stream().map(r -> TestAccess.title(r)).toList(), "in the order of the interleaving");
        assertTrue(TestAccess.contentDescription(view).startsWith("sb.pgl: 2 findings"),
                TestAccess.contentDescription(view));
        assertEquals("exact", TestAccess.placed(view.rows().get(0)));

        // restart: nothing in memory, the file is read again
        TestAccess.resetStore();
        FindingsStore.get().setCurrent(file);
        view.refresh();
        assertEquals(2, view.rows().size());
        assertEquals("not yet", TestAccess.placed(view.rows().get(0)), "no counterexample shown yet");
        assertTrue(TestAccess.contentDescription(view).contains("not placed yet"), TestAccess.contentDescription(view));

        // the scenario edited elsewhere: comments, another step in dio, re-indented; explored again
        Files.writeString(file, SB.replace("C sb\n", "C sb\n// edited\n\n").replace("  WRITE_ONCE(*x, 1);",
                "      WRITE_ONCE(*x, 1);\n  WRITE_ONCE(*y, 2);").replace("exists (0:r0=1 /\\ 1:r1=1)",
                        "exists (0:r0=1 /\\ 1:r1=1)"));
        Trace t2 = witness(file);
        FindingsStore.get().counterexample(file, t2);
        view.refresh();
        assertEquals(List.of("exact", "exact"), view.rows().stream().map(TestAccess::placed).toList());
        StepAnchor sa = (StepAnchor) view.rows().get(1).finding().getAnchor();
        assertEquals("r1 = READ_ONCE(*x);", sa.getSourceLine());

        // double-click: the MM views show the state after that step
        Finding reads = view.rows().get(1).finding();
        view.openFinding(reads);
        int now = FindingsStore.get().subject(file).placeOf(reads).step();
        assertEquals(stepOf(t2, "reclaim", "READ_ONCE(*x)"), now);
        assertNotNull(MmStateService.get().current());
        assertEquals("step " + (now + 1) + " of sb.pgl", MmStateService.get().current().title());
        assertTrue(view.lastNavigation().startsWith("Showing step " + (now + 1)), view.lastNavigation());
    }

    @Test
    void pageOfTheShownStateGetsAPageAnchor() throws Exception {
        Path file = dir.resolve("sb.pgl");
        Files.writeString(file, SB);
        Trace t = witness(file);
        FindingsStore.get().counterexample(file, t);
        FindingsStore.get().setCurrent(file);
        // a page object as the Pages view would publish it (a state converted from the trace)
        var converted = TraceStates.afterStep(t, 1);
        Page p = org.pagelab.model.mm.MmFactory.eINSTANCE.createPage();
        p.setName("P");
        converted.state().getPages().add(p);
        converted.state().setStep(2);
        Finding f = TestAccess.add(page(), new StructuredSelection(p), "P", "", Severity.MINOR, List.of());
        PageAnchor a = (PageAnchor) f.getAnchor();
        assertEquals("P", a.getName());
        assertEquals(1, a.getAt().getIndex(), "looked at after step 2 (index 1)");

        // a VMA of the same state, as the Address space view would publish it
        org.pagelab.model.mm.Mm mm = org.pagelab.model.mm.MmFactory.eINSTANCE.createMm();
        mm.setName("mm");
        org.pagelab.model.mm.Vma vma = org.pagelab.model.mm.MmFactory.eINSTANCE.createVma();
        vma.setName("vma");
        vma.setStart(0x1000);
        vma.setEnd(0x2000);
        mm.getVmas().add(vma);
        converted.state().getMms().add(mm);
        Finding g = TestAccess.add(page(), new StructuredSelection(vma), "the buffer's VMA", "", Severity.NOTE, List.of());
        var va = (org.pagelab.model.findings.VmaAnchor) g.getAnchor();
        assertEquals("vma", va.getName());
        assertEquals("mm", va.getMm());
        assertEquals(0x1000, va.getStart());
        assertEquals(0x2000, va.getEnd());
        assertEquals(1, va.getAt().getIndex());
        view.refresh();
        assertEquals(2, view.rows().size());
    }

    @Test
    void nothingToAnnotate() {
        assertNull(TestAccess.target(page(), new StructuredSelection("just a string")));
        assertNull(TestAccess.target(page(), StructuredSelection.EMPTY));
    }

    @Test
    void damagedFindingsFileIsReportedAndKept() throws Exception {
        Path file = dir.resolve("sb.pgl");
        Files.writeString(file, SB);
        Path ff = FindingsFiles.fileFor(file);
        Files.writeString(ff, "<findings:FindingsFile xmlns:findings=\"http://www.pagelab.org/findings/1.0\">\n<oops");
        FindingsStore.get().setCurrent(file);
        view.refresh();
        assertTrue(TestAccess.contentDescription(view).contains("cannot read the findings file: " + ff + ":2"),
                TestAccess.contentDescription(view));
        Trace t = witness(file);
        IOException e = assertThrows(IOException.class, () -> FindingsStore.get().add(file,
                org.pagelab.engine.findings.Anchors.step(org.pagelab.engine.findings.StepSubjects.of(t,
                        org.pagelab.engine.findings.StepSubjects.files(dir)), 0), "x", "", Severity.NOTE, List.of()));
        assertTrue(e.getMessage().startsWith("the findings file cannot be read, so it is not overwritten"));
        assertTrue(Files.readString(ff).endsWith("<oops"), "the user's file is untouched");
    }

    static Path project() {
        String p = System.getProperty("pagelab.project.dir");
        Path d = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("examples"))) {
            d = d.getParent();
        }
        return d;
    }

    @Test
    void exportReplyWritesTextAndEml() throws Exception {
        Path s1 = project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");
        Path txt = dir.resolve("reply.txt");
        String msg = TestAccess.exportReply(s1, txt, false);
        assertTrue(msg.startsWith("The reply ("), msg);
        String text = Files.readString(txt);
        assertTrue(text.startsWith("Pagelab explored every interleaving"), text);
        assertTrue(text.contains("\n1) Reclaim clears the PTE while the DIO holds a reference (critical)\n"), text);
        for (String l : text.split("\n")) {
            assertTrue(l.length() <= 80 && !l.contains("\t"), l);
        }
        Path eml = dir.resolve("reply.eml");
        TestAccess.exportReply(s1, eml, true);
        String e = Files.readString(eml);
        assertTrue(e.startsWith("Subject: Pagelab report\nDate: "), e);
        assertTrue(e.contains("\n\nPagelab explored every interleaving"), e);
    }

    @Test
    void exportChartOffersTheChartsShown() {
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.widgets.Composite host = new org.eclipse.swt.widgets.Composite(shell, org.eclipse.swt.SWT.NONE);
        try {
            org.pagelab.ui.charts.XYChart chart = new org.pagelab.ui.charts.XYChart(host, org.eclipse.swt.SWT.NONE,
                    "refcount of P", "step", "count", true, false);
            chart.setSeries(List.of(new org.pagelab.ui.charts.ChartSeries("P refcount", new double[] {0, 1, 2},
                    new double[] {1, 2, 3}, new int[] {0, 1, 2})));
            List<String> choices = TestAccess.chartChoices();
            assertTrue(choices.containsAll(List.of("chart 1 (P refcount):csv", "chart 1 (P refcount):png",
                    "chart 1 (P refcount):svg")), choices.toString());
        } finally {
            host.dispose();
        }
    }

    @Test
    void exploreForFindingsPlacesTheS1Findings() throws Exception {
        Path src = project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");
        Path s1 = dir.resolve(src.getFileName());
        Files.copy(src, s1);
        Files.copy(FindingsFiles.fileFor(src), FindingsFiles.fileFor(s1));
        var job = TestAccess.exploreForFindings(s1);
        waitFor("the exploration", () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        view.refresh();
        assertEquals(4, view.rows().size());
        assertEquals(List.of("exact", "exact", "exact", "exact"), view.rows().stream().map(TestAccess::placed).toList());
        assertEquals("Reclaim clears the PTE while the DIO holds a reference", TestAccess.title(view.rows().get(0)));
    }

    static Path shared(String relative) {
        String p = System.getProperty("pagelab.shared.dir");
        Path d = p != null ? Path.of(p) : project().resolve("../shared");
        for (Path up = project().toAbsolutePath().getParent(); !Files.isDirectory(d) && up != null; up = up.getParent()) {
            if (Files.isDirectory(up.resolve("shared/data"))) {
                d = up.resolve("shared");
            }
        }
        Path f = d.resolve(relative);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(f), "missing shared test data: " + f);
        return f;
    }

    /** Shows a Refs record in an editor through "Show In", as the Navigator does. */
    static boolean showIn(org.eclipse.ui.IEditorPart ed, Object ref) {
        var t = org.eclipse.core.runtime.Adapters.adapt(ed, org.eclipse.ui.part.IShowInTarget.class);
        return t != null && t.show(new org.eclipse.ui.part.ShowInContext(null, new StructuredSelection(ref)));
    }

    private static Path sharedTrace(Path dir) throws IOException {
        Path trace = dir.resolve("fork-cow-thp.ftrace.txt");
        Files.copy(shared("data/traces/fork-cow-thp.ftrace.txt"), trace);
        return trace;
    }

    /** The first mm_page_alloc event of a trace. */
    private static int firstAlloc(org.pagelab.engine.trace.Trace t) {
        int type = t.typeId("mm_page_alloc");
        int i = 0;
        while (t.type(i) != type) {
            i++;
        }
        return i;
    }

    private static org.eclipse.jface.viewers.IStructuredSelection selectionOf(org.eclipse.ui.IEditorPart ed) {
        return (org.eclipse.jface.viewers.IStructuredSelection) ed.getEditorSite().getSelectionProvider()
                .getSelection();
    }

    /**
     * Findings on a trace event and a time range, made from what the trace
     * viewer puts in the selection; double-click selects the event or the
     * range in the viewer again.
     */
    @Test
    void findingsOnATraceEventAndATimeRange() throws Exception {
        Path trace = sharedTrace(dir);
        var ed = org.pagelab.ui.OpenFiles.open(page(), trace);
        assertEquals("org.pagelab.ui.trace.editor", ed.getEditorSite().getId());
        waitFor("the trace loaded", () -> org.eclipse.core.runtime.Adapters.adapt(ed,
                org.pagelab.engine.trace.Trace.class) != null);
        var loaded = org.eclipse.core.runtime.Adapters.adapt(ed, org.pagelab.engine.trace.Trace.class);
        int alloc = firstAlloc(loaded);
        long first = loaded.firstTs();

        // an event selected in the viewer: the selection is a Refs.Event, Add Finding annotates it
        assertTrue(showIn(ed, new Refs.Event(trace, loaded.event(alloc))));
        var sel = selectionOf(ed);
        Refs.Event ev = (Refs.Event) sel.getFirstElement();
        assertEquals(alloc, ev.event().index());
        assertEquals("mm_page_alloc", ev.event().name());
        Finding onEvent = TestAccess.add(page(), sel, "first allocation", "", Severity.NOTE, List.of());
        assertNotNull(onEvent);

        // a time range selected in the timeline
        assertTrue(showIn(ed, new Refs.TimeRange(trace, first, first + 1_000_000, -1)));
        sel = selectionOf(ed);
        assertEquals(new Refs.TimeRange(trace, first, first + 1_000_000, -1), sel.getFirstElement());
        Finding onRange = TestAccess.add(page(), sel, "the first millisecond", "", Severity.MINOR, List.of());
        assertNotNull(onRange);
        view.refresh();
        assertEquals(List.of("exact", "exact"), view.rows().stream().map(TestAccess::placed).toList());

        // double-click goes back to the event, then to the range
        view.openFinding(onEvent);
        assertTrue(view.lastNavigation().startsWith("Showing "), view.lastNavigation());
        assertEquals(alloc, ((Refs.Event) selectionOf(ed).getFirstElement()).event().index());
        view.openFinding(onRange);
        assertEquals(new Refs.TimeRange(trace, first, first + 1_000_000, -1), selectionOf(ed).getFirstElement());
    }

    /**
     * A finding on a page (pfn) of a trace, made on what the trace viewer
     * publishes when it focuses on a page (a Refs.Page); double-click in the
     * Findings view asks the trace editor, through Show In, to focus on that
     * page again (no use of the viewer's own classes).
     */
    @Test
    void findingOnAPageOfATraceFocusesOnThatPageAgain() throws Exception {
        Path trace = sharedTrace(dir);
        var ed = org.pagelab.ui.OpenFiles.open(page(), trace);
        waitFor("the trace loaded", () -> org.eclipse.core.runtime.Adapters.adapt(ed,
                org.pagelab.engine.trace.Trace.class) != null);
        var loaded = org.eclipse.core.runtime.Adapters.adapt(ed, org.pagelab.engine.trace.Trace.class);
        int alloc = firstAlloc(loaded);
        long pfn = loaded.event(alloc).field("pfn").longValue(-1);
        assertTrue(pfn > 0 && loaded.pageOfPfn(pfn) >= 0, "the first allocation names a page: " + pfn);

        assertTrue(showIn(ed, new Refs.Page(trace, pfn)), "Show In of a page: Focus on page");
        var sel = selectionOf(ed);
        assertEquals(new Refs.Page(trace, pfn), sel.getFirstElement(), "the focused page is the selection");
        Finding f = TestAccess.add(page(), sel, "the first page allocated", "", Severity.NOTE, List.of());
        PageAnchor a = (PageAnchor) f.getAnchor();
        assertEquals(pfn, a.getPfn());
        assertEquals("", a.getName(), "a trace's page has a pfn, no name");
        assertEquals(false, showIn(ed, new Refs.Page(trace, 0x7)), "a pfn the trace has no event of");

        // elsewhere in the trace, then double-click on the finding
        assertTrue(showIn(ed, new Refs.Event(trace, loaded.event(0))));
        assertTrue(selectionOf(ed).getFirstElement() instanceof Refs.Event);
        view.refresh();
        assertEquals(List.of("exact"), view.rows().stream().map(TestAccess::placed).toList());
        view.openFinding(f);
        assertEquals("Showing pfn 0x" + Long.toHexString(pfn), view.lastNavigation());
        assertEquals(new Refs.Page(trace, pfn), selectionOf(ed).getFirstElement(), "focused on the page again");
    }

    /**
     * After a restart (nothing in memory) the findings file next to a trace is
     * read again and placed by content once the trace editor has loaded the
     * trace (it loads in a job).
     */
    @Test
    void findingsOfATraceArePlacedWhenItsEditorHasLoaded() throws Exception {
        Path trace = sharedTrace(dir);
        var f = FindingsFiles.create(trace);
        try (var t = org.pagelab.engine.trace.TraceFiles.open(trace, org.pagelab.engine.ProgressMonitor.NONE)) {
            FindingsFiles.add(f, "first allocation", "", Severity.NOTE, List.of(),
                    org.pagelab.engine.findings.Anchors.event(t.event(firstAlloc(t))));
            FindingsFiles.add(f, "the first millisecond", "", Severity.MINOR, List.of(),
                    org.pagelab.engine.findings.Anchors.timeRange(t.firstTs(), t.firstTs() + 1_000_000, -1));
        }
        FindingsFiles.save(f, FindingsFiles.fileFor(trace));
        var ed = org.pagelab.ui.OpenFiles.open(page(), trace);
        assertEquals("org.pagelab.ui.trace.editor", ed.getEditorSite().getId());
        // (no view.refresh() in the loop: a redraw every turn keeps GTK busy and starves asyncExec)
        waitFor("the trace's findings placed", () -> FindingsStore.get().subject(trace).placeable());
        view.refresh();
        assertEquals(List.of("exact", "exact"), view.rows().stream().map(TestAccess::placed).toList());
        assertEquals(List.of("the first millisecond", "first allocation"),
                view.rows().stream().map(TestAccess::title).toList(), "in the order of the trace");
    }
}
