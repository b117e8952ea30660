package org.pagelab.engine.trace.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.MmKind;
import org.pagelab.engine.trace.PostingIndex;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;

/**
 * Series the viewer charts and the CLI prints, computed from a loaded
 * trace: a page's refcount/mapcount from page_ref_* events, rss_stat per mm
 * and counter, vmscan reclaim counters, fault rate. Each reads only the
 * events of the relevant types (through the indexes) and re-reads their
 * payloads.
 */
public final class TraceQueries {
    private TraceQueries() {
    }

    /** page_ref_* tracepoints (CONFIG_DEBUG_PAGE_REF): each prints the page's count and mapcount after the operation. */
    public static boolean isPageRef(String name) {
        return name.startsWith("page_ref_");
    }

    /**
     * refcount ({@code field} "count") or mapcount ("mapcount") of a page
     * over time: one point per page_ref_* event of that pfn, in time order.
     */
    public static Series pageRefSeries(Trace t, long pfn, String field) {
        if (!field.equals("count") && !field.equals("mapcount")) {
            throw new IllegalArgumentException("field must be count or mapcount, not '" + field + "'");
        }
        Series.Builder b = new Series.Builder((field.equals("count") ? "refcount" : "mapcount") + " of pfn 0x"
                + Long.toHexString(pfn), "references");
        for (int i : t.eventsOfPfn(pfn)) {
            if (!isPageRef(t.typeName(t.type(i)))) {
                continue;
            }
            TraceEvent e = t.event(i);
            OptionalLong v = e.longField(field);
            if (v.isPresent()) {
                b.add(e.ts(), v.getAsLong(), i);
            }
        }
        return b.build();
    }

    /** Pfns that have page_ref events, most events first. */
    public static List<Long> pagesWithRefEvents(Trace t) {
        List<long[]> rows = new ArrayList<>();
        for (int p = 0; p < t.pageCount(); p++) {
            int n = 0;
            PostingIndex.Cursor c = t.byPage().cursor(p);
            while (c.next()) {
                if (isPageRef(t.typeName(t.type(c.value())))) {
                    n++;
                }
            }
            if (n > 0) {
                rows.add(new long[] {t.pfnOfPage(p), n});
            }
        }
        rows.sort((a, b) -> Long.compare(b[1], a[1]));
        List<Long> out = new ArrayList<>();
        for (long[] r : rows) {
            out.add(r[0]);
        }
        return out;
    }

    /**
     * rss_stat counters: one series per (mm, counter type), values in bytes
     * ({@code size}), in time order. Keys are "mm_id TYPE".
     */
    public static Map<String, Series> rssStat(Trace t, ProgressMonitor monitor) {
        Map<String, Series.Builder> by = new LinkedHashMap<>();
        int type = t.typeId("rss_stat");
        if (type < 0) {
            return Map.of();
        }
        PostingIndex.Cursor c = t.byType().cursor(type);
        int total = t.byType().count(type);
        monitor.begin("rss_stat series", total);
        int done = 0;
        while (c.next()) {
            TraceEvent e = t.event(c.value());
            OptionalLong mm = e.longField("mm_id");
            FieldValue ty = e.field("type");
            OptionalLong size = e.longField("size");
            if (mm.isPresent() && ty != null && size.isPresent()) {
                String key = mm.getAsLong() + " " + ty;
                by.computeIfAbsent(key, k -> new Series.Builder(ty + " of mm " + mm.getAsLong(), "bytes"))
                        .add(e.ts(), size.getAsLong(), c.value());
            }
            if (++done % 4096 == 0) {
                monitor.worked(done);
                monitor.checkCanceled();
            }
        }
        monitor.done();
        Map<String, Series> out = new LinkedHashMap<>();
        by.forEach((k, v) -> out.put(k, v.build()));
        return out;
    }

    /** Reclaim counter names of {@link #reclaim}. */
    public static final List<String> RECLAIM_COUNTERS = List.of("nr_scanned", "nr_reclaimed", "direct_reclaim",
            "kswapd_wake", "write_folio");

    /**
     * Cumulative vmscan counters over time: pages scanned and reclaimed
     * (mm_vmscan_lru_shrink_inactive), direct reclaim entries
     * (mm_vmscan_direct_reclaim_begin), kswapd wakeups
     * (mm_vmscan_kswapd_wake), pages written for reclaim
     * (mm_vmscan_write_folio / write_page). Counters with no events are
     * absent.
     */
    public static Map<String, Series> reclaim(Trace t, ProgressMonitor monitor) {
        Map<String, Series.Builder> out = new LinkedHashMap<>();
        double[] sums = new double[RECLAIM_COUNTERS.size()];
        List<Integer> types = new ArrayList<>();
        for (String n : List.of("mm_vmscan_lru_shrink_inactive", "mm_vmscan_direct_reclaim_begin",
                "mm_vmscan_kswapd_wake", "mm_vmscan_write_folio", "mm_vmscan_writepage")) {
            int ty = t.typeId(n);
            if (ty >= 0) {
                types.add(ty);
            }
        }
        for (int i : merged(t, types)) {
            String name = t.typeName(t.type(i));
            switch (name) {
                case "mm_vmscan_lru_shrink_inactive": {
                    TraceEvent e = t.event(i);
                    add(out, sums, 0, e.ts(), e.longField("nr_scanned").orElse(0), i);
                    add(out, sums, 1, e.ts(), e.longField("nr_reclaimed").orElse(0), i);
                    break;
                }
                case "mm_vmscan_direct_reclaim_begin":
                    add(out, sums, 2, t.ts(i), 1, i);
                    break;
                case "mm_vmscan_kswapd_wake":
                    add(out, sums, 3, t.ts(i), 1, i);
                    break;
                default:
                    add(out, sums, 4, t.ts(i), 1, i);
            }
            monitor.checkCanceled();
        }
        Map<String, Series> r = new LinkedHashMap<>();
        out.forEach((k, v) -> r.put(k, v.build()));
        return r;
    }

    private static void add(Map<String, Series.Builder> out, double[] sums, int k, long ts, long delta, int ev) {
        sums[k] += delta;
        String name = RECLAIM_COUNTERS.get(k);
        out.computeIfAbsent(name, n -> new Series.Builder(n + " (cumulative)", k < 2 ? "pages" : "events"))
                .add(ts, sums[k], ev);
    }

    /** Event indices of several types, merged in time (index) order. */
    static int[] merged(Trace t, List<Integer> types) {
        int n = 0;
        for (int ty : types) {
            n += t.byType().count(ty);
        }
        int[] all = new int[n];
        int k = 0;
        for (int ty : types) {
            PostingIndex.Cursor c = t.byType().cursor(ty);
            while (c.next()) {
                all[k++] = c.value();
            }
        }
        java.util.Arrays.sort(all);
        return all;
    }

    /** Fault tracepoints counted by {@link #faultRate}. */
    public static final List<String> FAULT_EVENTS = List.of("page_fault_user", "page_fault_kernel", "mm_filemap_fault");

    /**
     * Page faults per second in buckets of bucketNs, from
     * exceptions:page_fault_user/kernel (or filemap faults when those are
     * absent); pid < 0 counts every task. Each point carries the first
     * event of its bucket.
     */
    public static Series faultRate(Trace t, long bucketNs, int pid) {
        if (bucketNs <= 0) {
            throw new IllegalArgumentException("bucket must be > 0 ns");
        }
        List<Integer> types = new ArrayList<>();
        for (String n : FAULT_EVENTS.subList(0, 2)) {
            if (t.typeId(n) >= 0) {
                types.add(t.typeId(n));
            }
        }
        if (types.isEmpty() && t.typeId("mm_filemap_fault") >= 0) {
            types.add(t.typeId("mm_filemap_fault"));
        }
        Series.Builder b = new Series.Builder("faults" + (pid >= 0 ? " of pid " + pid : ""), "faults/s");
        if (types.isEmpty() || t.size() == 0) {
            return b.build();
        }
        long start = t.firstTs();
        long bucket = -1;
        int count = 0;
        int first = -1;
        for (int i : merged(t, types)) {
            if (pid >= 0 && t.pid(i) != pid) {
                continue;
            }
            long k = (t.ts(i) - start) / bucketNs;
            if (k != bucket) {
                if (bucket >= 0) {
                    b.add(start + bucket * bucketNs, count * 1e9 / bucketNs, first);
                    for (long z = bucket + 1; z < k && z - bucket < 1_000_000; z++) {
                        b.add(start + z * bucketNs, 0, -1);
                    }
                }
                bucket = k;
                count = 0;
                first = i;
            }
            count++;
        }
        if (bucket >= 0) {
            b.add(start + bucket * bucketNs, count * 1e9 / bucketNs, first);
        }
        return b.build();
    }

    /** Events of an mm: those naming it, plus faults of the tasks seen using it (rss_stat curr=1). */
    public static int[] eventsOfMm(Trace t, int mm) {
        List<Integer> out = new ArrayList<>();
        PostingIndex.Cursor c = t.byMm().cursor(mm);
        while (c.next()) {
            out.add(c.value());
        }
        if (t.mmKind(mm) == MmKind.MM_ID) {
            for (int pid : t.pids()) {
                if (t.mmsOfPid(pid).contains(mm)) {
                    PostingIndex.Cursor pc = t.byPid().cursor(t.pidKey(pid));
                    while (pc.next()) {
                        if (FAULT_EVENTS.contains(t.typeName(t.type(pc.value())))) {
                            out.add(pc.value());
                        }
                    }
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
}
