package org.pagelab.engine.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.findings.Placement.Place;
import org.pagelab.engine.findings.Placement.Status;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceFiles;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.Severity;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.TraceEventAnchor;

/** Anchors made on one counterexample or trace, placed on another. */
class PlacementTest {
    private static StepKey k(int i, String thread, String fn, int line, String text, String... changes) {
        return new StepKey(i, thread, fn, "s1.pgl", line, text, List.of(changes));
    }

    /** An S1-like counterexample: DIO's gup-fast takes a ref, reclaim discards the PTE, DIO completes. */
    static StepSubject s1(int lineShift, boolean extraSteps) {
        List<StepKey> s = new ArrayList<>();
        int i = 0;
        if (extraSteps) {
            s.add(k(i++, "user", "madvise", 12 + lineShift, "madvise(buf, MADV_FREE);", "P->flags dirty -> clean"));
        }
        s.add(k(i++, "dio", "gup_fast", 30 + lineShift, "pte = READ_ONCE(*ptep);"));
        s.add(k(i++, "dio", "gup_fast", 31 + lineShift, "page_ref_inc(P);", "P->_refcount 2 -> 3"));
        s.add(k(i++, "reclaim", "try_to_unmap_one", 50 + lineShift, "pteval = ptep_get_and_clear(mm, addr, ptep);",
                "pte[0] present|write -> none"));
        s.add(k(i++, "reclaim", "try_to_unmap_one", 55 + lineShift, "if (!PageDirty(P))  discard(P);",
                "P->_mapcount 0 -> -1", "P->_refcount 3 -> 2"));
        s.add(k(i++, "dio", "dio_complete", 40 + lineShift, "set_page_dirty_lock(P);", "P->flags clean -> dirty"));
        s.add(k(i++, "dio", "dio_complete", 41 + lineShift, "put_page(P);", "P->_refcount 2 -> 1"));
        return new StepSubject(s, Set.of("P"), Set.of("buf"), "sc", Map.of("try_to_unmap_one", "5.16"));
    }

    @Test
    void stepSurvivesInsertedLinesAndSteps() {
        StepSubject before = s1(0, false);
        StepAnchor a = Anchors.step(before, 3);
        assertEquals("step 4 (reclaim, try_to_unmap_one): if (!PageDirty(P)) discard(P);", a.getLabel());
        Place p = Placement.place(a, s1(7, true));
        assertEquals(Status.EXACT, p.status());
        assertEquals(4, p.step(), "one step was inserted before it");
        assertEquals("step 5 (reclaim, try_to_unmap_one)", p.where());
    }

    @Test
    void whiteSpaceOfTheSourceLineDoesNotMatter() {
        StepAnchor a = Anchors.step(s1(0, false), 1);
        List<StepKey> steps = new ArrayList<>(s1(0, false).steps());
        StepKey old = steps.get(1);
        steps.set(1, new StepKey(1, old.thread(), old.function(), old.file(), 99, "  page_ref_inc( P);".replace("( ", "("),
                old.changes()));
        Place p = Placement.place(a, new StepSubject(steps, Set.of(), Set.of(), "sc",
                Map.of("try_to_unmap_one", "5.16")));
        assertEquals(Status.EXACT, p.status());
    }

    @Test
    void ordinalPicksTheRightPassOfALoop() {
        List<StepKey> s = List.of(k(0, "t", "retry", 5, "x = READ_ONCE(*p);", "r 0 -> 1"),
                k(1, "u", "w", 9, "WRITE_ONCE(*p, 2);", "p 1 -> 2"),
                k(2, "t", "retry", 5, "x = READ_ONCE(*p);", "r 1 -> 2"));
        StepSubject sub = new StepSubject(s, Set.of(), Set.of(), "sc", Map.of());
        StepAnchor second = Anchors.step(sub, 2);
        assertEquals(1, second.getOrdinal());
        assertEquals(2, Placement.place(second, sub).step());
        // the loop now runs three times: same ordinal, same changes -> still the second pass
        List<StepKey> s3 = List.of(s.get(0), s.get(1), s.get(2), k(3, "t", "retry", 5, "x = READ_ONCE(*p);", "r 2 -> 3"));
        Place p = Placement.place(second, new StepSubject(s3, Set.of(), Set.of(), "sc", Map.of()));
        assertEquals(Status.EXACT, p.status());
        assertEquals(2, p.step());
    }

    @Test
    void changedValuesMoveButKeepTheStep() {
        StepAnchor a = Anchors.step(s1(0, false), 1);
        List<StepKey> steps = new ArrayList<>(s1(0, false).steps());
        StepKey old = steps.get(1);
        steps.set(1, new StepKey(1, old.thread(), old.function(), old.file(), old.line(), old.sourceLine(),
                List.of("P->_refcount 1 -> 2")));
        Place p = Placement.place(a, new StepSubject(steps, Set.of("P"), Set.of(), "sc",
                Map.of("try_to_unmap_one", "5.16")));
        assertEquals(Status.MOVED, p.status());
        assertEquals(1, p.step());
        assertEquals("its changes are now P->_refcount 1 -> 2 (were P->_refcount 2 -> 3)", p.note());
    }

    @Test
    void renamedFunctionAndOtherVariant() {
        StepAnchor a = Anchors.step(s1(0, false), 3);
        List<StepKey> steps = new ArrayList<>(s1(0, false).steps());
        StepKey old = steps.get(3);
        steps.set(3, new StepKey(3, old.thread(), "try_to_unmap_one_v2", old.file(), old.line(), old.sourceLine(),
                old.changes()));
        Place p = Placement.place(a, new StepSubject(steps, Set.of("P"), Set.of(), "sc",
                Map.of("try_to_unmap_one", "v2")));
        assertEquals(Status.MOVED, p.status());
        assertEquals(3, p.step());
        assertEquals("the line is now in try_to_unmap_one_v2 (was try_to_unmap_one); made with try_to_unmap_one=5.16",
                p.note());
    }

    @Test
    void lostAnchorsSayWhy() {
        StepAnchor a = Anchors.step(s1(0, false), 3);
        List<StepKey> noReclaimDiscard = new ArrayList<>(s1(0, false).steps().subList(0, 3));
        Place p = Placement.place(a, new StepSubject(noReclaimDiscard, Set.of("P"), Set.of(), "sc",
                Map.of("try_to_unmap_one", "5.16")));
        assertEquals(Status.LOST, p.status());
        assertEquals("no step of reclaim runs 'if (!PageDirty(P)) discard(P);' in try_to_unmap_one any more", p.note());
        Place q = Placement.place(a, new StepSubject(List.of(k(0, "dio", "f", 1, "x;")), Set.of(), Set.of(), "sc",
                Map.of()));
        assertEquals("no step of a thread named 'reclaim' in this counterexample", q.note());
        assertEquals("the scenario has no page named Q any more",
                Placement.place(Anchors.page("Q", -1, null, -1), s1(0, false)).note());
        assertEquals("a time range needs a trace, this is a counterexample",
                Placement.place(Anchors.timeRange(1, 2, -1), s1(0, false)).note());
    }

    @Test
    void rangesPagesVmas() {
        StepSubject before = s1(0, false);
        StepSubject after = s1(3, true);
        Place r = Placement.place(Anchors.stepRange(before, 4, 1), after);
        assertEquals(Status.EXACT, r.status());
        assertEquals(2, r.step());
        assertEquals(5, r.lastStep());
        Place pg = Placement.place(Anchors.page("P", -1, before, 3), after);
        assertEquals("page P after step 5 (reclaim, try_to_unmap_one)", pg.where());
        assertEquals(4, pg.step());
        Place v = Placement.place(Anchors.vma("buf", "mm", 0, 0x1000, null, -1), after);
        assertEquals(Status.EXACT, v.status());
        assertEquals(-1, v.step());
    }

    @Test
    void replyOrderFollowsTheInterleaving(@TempDir Path dir) {
        StepSubject s = s1(0, false);
        FindingsFile f = FindingsFiles.create(dir.resolve("s1.pgl"));
        FindingsFiles.add(f, "page", "", Severity.NOTE, null, Anchors.page("P", -1, null, -1));
        FindingsFiles.add(f, "late", "", Severity.MAJOR, null, Anchors.step(s, 4));
        FindingsFiles.add(f, "gone", "", Severity.MAJOR, null, Anchors.page("Q", -1, null, -1));
        FindingsFiles.add(f, "early", "", Severity.MAJOR, null, Anchors.step(s, 1));
        List<Placement.Placed> placed = Placement.placeAll(f, s);
        assertEquals(List.of("early", "late", "page", "gone"),
                Placement.inReplyOrder(placed).stream().map(p -> p.finding().getTitle()).toList());
        assertEquals(List.of("F3 \"gone\" (page Q): the scenario has no page named Q any more"),
                Placement.lostReport(placed));
    }

    @Test
    void traceEventsAcrossReopenAndFormats() throws Exception {
        Path dat = TestFiles.sharedFile("data/traces/fork-cow-thp.trace.dat");
        Path report = TestFiles.sharedFile("data/traces/fork-cow-thp.report.txt");
        Path ftrace = TestFiles.sharedFile("data/traces/fork-cow-thp.ftrace.txt");
        List<TraceEventAnchor> anchors = new ArrayList<>();
        try (Trace t = TraceFiles.open(dat, ProgressMonitor.NONE)) {
            int alloc = t.typeId("mm_page_alloc");
            int rss = t.typeId("rss_stat");
            int a = -1;
            int r = -1;
            for (int i = 0; i < t.size() && (a < 0 || r < 0); i++) {
                if (t.type(i) == alloc && a < 0 && i > 100) {
                    a = i;
                }
                if (t.type(i) == rss && r < 0 && i > 100) {
                    r = i;
                }
            }
            anchors.add(Anchors.event(t.event(a)));
            anchors.add(Anchors.event(t.event(r)));
            for (TraceEventAnchor x : anchors) {
                assertEquals(Status.EXACT, Placement.place(x, t).status(), "same trace");
            }
        }
        try (Trace t = TraceFiles.open(dat, ProgressMonitor.NONE)) {
            for (TraceEventAnchor x : anchors) {
                Place p = Placement.place(x, t);
                assertEquals(Status.EXACT, p.status(), "trace reopened");
                assertEquals(x.getIndex(), p.event());
            }
        }
        try (Trace t = TraceFiles.open(report, ProgressMonitor.NONE)) {
            for (TraceEventAnchor x : anchors) {
                Place p = Placement.place(x, t);
                assertTrue(p.placed(), p.note());
                assertEquals(x.getEvent(), t.typeName(t.type(p.event())));
                assertEquals(x.getCpu(), t.cpu(p.event()));
                assertTrue(Math.abs(t.ts(p.event()) - x.getTimestamp()) < 1000, "rounded to the microsecond");
            }
        }
        try (Trace t = TraceFiles.open(ftrace, ProgressMonitor.NONE)) {
            for (TraceEventAnchor x : anchors) {
                Place p = Placement.place(x, t);
                assertTrue(p.placed(), "the tracefs text of the same capture: " + p.note());
            }
            TraceEventAnchor bogus = org.eclipse.emf.ecore.util.EcoreUtil.copy(anchors.get(1));
            bogus.setTimestamp(bogus.getTimestamp() + 5_000_000);
            bogus.setIndex(-1);
            assertFalse(Placement.place(bogus, t).placed());
            assertEquals(Status.EXACT, Placement.place(Anchors.timeRange(t.firstTs(), t.firstTs() + 1000, -1), t)
                    .status());
            assertEquals(Status.LOST, Placement.place(Anchors.timeRange(1, 2, -1), t).status());
            assertEquals(Status.EXACT, Placement.place(Anchors.page("", 0x1054f2, null, -1), t).status());
            assertEquals("the trace has no event of pfn 0x1", Placement.place(Anchors.page("", 1, null, -1), t).note());
            assertEquals("a counterexample step needs a counterexample, this is a trace",
                    Placement.place(Anchors.step(s1(0, false), 0), t).note());
        }
    }

    @Test
    void findingsFileRoundTripKeepsPlacement(@TempDir Path dir) throws Exception {
        StepSubject s = s1(0, false);
        FindingsFile f = FindingsFiles.create(dir.resolve("s1.pgl"));
        Finding x = FindingsFiles.add(f, "Discard with DIO ref held", "text", Severity.CRITICAL, List.of("data-loss"),
                Anchors.step(s, 3));
        FindingsFiles.save(f, FindingsFiles.fileFor(dir.resolve("s1.pgl")));
        FindingsFile back = FindingsFiles.loadFor(dir.resolve("s1.pgl"));
        assertEquals(x.getTitle(), back.getFindings().get(0).getTitle());
        Place p = Placement.place(back.getFindings().get(0).getAnchor(), s1(2, true));
        assertEquals(Status.EXACT, p.status());
        assertEquals(4, p.step());
    }
}
