package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.trace.analysis.Density;
import org.pagelab.engine.trace.analysis.PageLifecycle;
import org.pagelab.engine.trace.analysis.Series;
import org.pagelab.engine.trace.analysis.TraceFilter;
import org.pagelab.engine.trace.analysis.TraceQueries;

/** Filters, density, series and lifecycles on the real capture, against brute force. */
class QueriesTest {
    static Trace t;

    @BeforeAll
    static void load() throws IOException {
        t = TraceFiles.open(TestFiles.sharedFile("data/traces/fork-cow-thp.ftrace.txt"), ProgressMonitor.NONE);
    }

    @AfterAll
    static void close() {
        if (t != null) {
            t.close();
        }
    }

    private static int[] brute(java.util.function.IntPredicate p) {
        return IntStream.range(0, t.size()).filter(p).toArray();
    }

    @Test
    void filterByIndexesAndFields() {
        int alloc = t.typeId("mm_page_alloc");
        assertEquals(3209, TraceFilter.parse("event:mm_page_alloc").apply(t, ProgressMonitor.NONE).length);
        assertArrayEquals(brute(i -> t.type(i) == alloc && t.cpu(i) == 1),
                TraceFilter.parse("event:mm_page_alloc cpu:1").apply(t, ProgressMonitor.NONE));
        assertArrayEquals(brute(i -> t.pid(i) == 32177),
                TraceFilter.parse("pid:32177").apply(t, ProgressMonitor.NONE));
        assertArrayEquals(t.eventsOfPfn(0x1054f2), TraceFilter.parse("pfn:0x1054f2").apply(t, ProgressMonitor.NONE));
        long a = 1_184_560_000_000L;
        long b = 1_184_561_000_000L;
        assertArrayEquals(brute(i -> t.ts(i) >= a && t.ts(i) <= b),
                TraceFilter.parse("time:1184.560..1184.561").apply(t, ProgressMonitor.NONE));
        int[] order9 = TraceFilter.parse("event:mm_page_alloc order=9").apply(t, ProgressMonitor.NONE);
        assertTrue(order9.length > 0, "the THP region allocates order-9 pages");
        for (int i : order9) {
            assertEquals(9, t.event(i).longField("order").getAsLong());
        }
        int[] zero = TraceFilter.parse("gfp_flags~__GFP_ZERO").apply(t, ProgressMonitor.NONE);
        int[] zeroBrute = brute(i -> t.type(i) == alloc && t.event(i).payload().contains("__GFP_ZERO"));
        assertArrayEquals(zeroBrute, zero);
        assertEquals(3719, TraceFilter.parse("event:page_fault_user error_code>=0").apply(t, ProgressMonitor.NONE).length);
        assertEquals(0, TraceFilter.parse("event:no_such_event").apply(t, ProgressMonitor.NONE).length);
        assertTrue(TraceFilter.parse("").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraceFilter.parse("pid:x"));
        assertEquals("'pid:x': 'x' is not a number", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TraceFilter.parse("frob:1"));
        assertThrows(IllegalArgumentException.class, () -> TraceFilter.parse("time:5"));
    }

    @Test
    void densityCountsEveryEventOnce() {
        Density d = new Density(t);
        for (int cols : new int[] {1, 7, 800}) {
            int[] all = d.counts(-1, t.firstTs(), t.lastTs() + 1, cols);
            assertEquals(t.size(), Arrays.stream(all).sum(), cols + " columns");
            int[] c0 = d.counts(0, t.firstTs(), t.lastTs() + 1, cols);
            int[] c1 = d.counts(1, t.firstTs(), t.lastTs() + 1, cols);
            assertEquals(t.byCpu().count(0), Arrays.stream(c0).sum());
            assertEquals(t.byCpu().count(1), Arrays.stream(c1).sum());
        }
        // a zoomed window is counted exactly from the events
        long from = t.ts(5000);
        long to = t.ts(6000);
        assertEquals(t.firstAtOrAfter(to) - t.firstAtOrAfter(from), Arrays.stream(d.counts(-1, from, to, 300)).sum());
        int near = d.nearest(1, t.ts(5000));
        assertEquals(1, t.cpu(near));
    }

    @Test
    void seriesAndLifecycle() {
        Map<String, Series> rss = TraceQueries.rssStat(t, ProgressMonitor.NONE);
        assertTrue(rss.containsKey("1479246175 MM_ANONPAGES"), rss.keySet().toString());
        int total = rss.values().stream().mapToInt(Series::size).sum();
        assertEquals(2741, total);
        Series f = TraceQueries.faultRate(t, 1_000_000, -1);
        double faults = Arrays.stream(f.values()).sum() * 1_000_000 / 1e9;
        assertEquals(3719, faults, 1e-6);
        PageLifecycle lc = PageLifecycle.of(t, 0x1054f2);
        assertEquals(10, lc.steps().size());
        for (int k = 0; k < 10; k++) {
            assertEquals(k % 2 == 0 ? PageLifecycle.Stage.ALLOC : PageLifecycle.Stage.FREE, lc.steps().get(k).stage(),
                    "the page is allocated and freed five times");
        }
        assertTrue(lc.summary().get(1).startsWith("5 allocation(s), 5 free(s)"), lc.summary().toString());
        assertTrue(lc.anomalies().isEmpty(), lc.anomalies().toString());
    }
}
