package org.pagelab.engine.trace.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.PageFlags;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;

/**
 * "Focus on this page": every event of one pfn, in time order, classified
 * into lifecycle stages (allocation, LRU moves, references and mappings,
 * page cache, reclaim, migration, free), with a summary and the transitions
 * a page cannot make (a reference taken after the page was freed, a double
 * free, a mapcount above the refcount, a negative refcount).
 */
public final class PageLifecycle {
    /** Lifecycle stages. */
    public enum Stage {
        ALLOC, FREE, LRU, REF, MAP, UNMAP, PAGECACHE, RECLAIM, MIGRATE, ISOLATE, THP, OTHER
    }

    /**
     * One event of the page.
     *
     * @param event  index in the trace
     * @param detail short text: "order=0 gfp=GFP_KERNEL", "count=2 mapcount=1 val=+1"...
     */
    public record Step(int event, long ts, String name, Stage stage, String detail, int cpu, int pid, String comm) {
    }

    /** A transition that should not happen. */
    public record Anomaly(int event, long ts, String message) {
    }

    private final long pfn;
    private final List<Step> steps;
    private final List<Anomaly> anomalies;
    private final List<String> summary;

    private PageLifecycle(long pfn, List<Step> steps, List<Anomaly> anomalies, List<String> summary) {
        this.pfn = pfn;
        this.steps = List.copyOf(steps);
        this.anomalies = List.copyOf(anomalies);
        this.summary = List.copyOf(summary);
    }

    public long pfn() {
        return pfn;
    }

    public List<Step> steps() {
        return steps;
    }

    public List<Anomaly> anomalies() {
        return anomalies;
    }

    /** Summary lines (counts, refcount range, state at the end, enclosing compound page...). */
    public List<String> summary() {
        return summary;
    }

    /** Stage of a tracepoint for the page it names. */
    public static Stage stageOf(String name) {
        switch (name) {
            case "mm_page_alloc":
            case "mm_page_alloc_zone_locked":
            case "mm_page_alloc_extfrag":
                return Stage.ALLOC;
            case "mm_page_free":
            case "mm_page_free_batched":
            case "mm_page_pcpu_drain":
                return Stage.FREE;
            case "mm_lru_insertion":
            case "mm_lru_activate":
            case "mm_lru_deactivate":
                return Stage.LRU;
            case "mm_filemap_add_to_page_cache":
            case "mm_filemap_delete_from_page_cache":
                return Stage.PAGECACHE;
            case "test_pages_isolated":
                return Stage.ISOLATE;
            default:
                break;
        }
        if (name.startsWith("page_ref_")) {
            return Stage.REF;
        }
        if (name.startsWith("mm_vmscan_") || name.startsWith("mm_shrink")) {
            return Stage.RECLAIM;
        }
        if (name.contains("migrat") || name.startsWith("mm_compaction_")) {
            return Stage.MIGRATE;
        }
        if (name.startsWith("mm_khugepaged") || name.startsWith("mm_collapse") || name.contains("huge")) {
            return Stage.THP;
        }
        return Stage.OTHER;
    }

    /** Builds the lifecycle of pfn from the trace (O(events of that page)). */
    public static PageLifecycle of(Trace t, long pfn) {
        String layout = t.metadata().getOrDefault("page_flags_layout", PageFlags.LAYOUT_6);
        List<Step> steps = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        int allocs = 0;
        int frees = 0;
        int lru = 0;
        int refs = 0;
        long minCount = Long.MAX_VALUE;
        long maxCount = Long.MIN_VALUE;
        long maxMap = Long.MIN_VALUE;
        boolean allocated = false;
        boolean freed = false;
        boolean knownState = false;
        long lastCount = Long.MIN_VALUE;
        long lastMap = Long.MIN_VALUE;
        int order = -1;
        Set<String> flags = new LinkedHashSet<>();
        Set<String> tasks = new LinkedHashSet<>();
        for (int i : t.eventsOfPfn(pfn)) {
            TraceEvent e = t.event(i);
            Stage st = stageOf(e.name());
            String detail;
            tasks.add(e.comm() + "-" + e.pid());
            switch (st) {
                case ALLOC: {
                    if (allocated && !freed && e.name().equals("mm_page_alloc")) {
                        anomalies.add(new Anomaly(i, e.ts(), "allocated again without a free since the last "
                                + "allocation (a lost mm_page_free event, or a tail page of a larger block)"));
                    }
                    if (e.name().equals("mm_page_alloc")) {
                        allocs++;
                        allocated = true;
                        freed = false;
                        knownState = true;
                        order = (int) e.longField("order").orElse(order);
                        lastCount = Long.MIN_VALUE;
                        lastMap = Long.MIN_VALUE;
                    }
                    detail = join(e, "order", "migratetype", "gfp_flags");
                    break;
                }
                case FREE: {
                    if (!e.name().equals("mm_page_pcpu_drain")) {
                        if (freed) {
                            anomalies.add(new Anomaly(i, e.ts(), "freed twice without an allocation in between"));
                        }
                        frees++;
                        freed = true;
                        allocated = false;
                        knownState = true;
                    }
                    detail = join(e, "order", "migratetype");
                    break;
                }
                case LRU:
                    lru++;
                    useAfterFree(anomalies, freed, e, i);
                    detail = join(e, "lru", "flags");
                    break;
                case REF: {
                    refs++;
                    useAfterFree(anomalies, freed, e, i);
                    OptionalLong count = e.longField("count");
                    OptionalLong map = e.longField("mapcount");
                    if (count.isPresent()) {
                        long c = count.getAsLong();
                        minCount = Math.min(minCount, c);
                        maxCount = Math.max(maxCount, c);
                        if (c < 0) {
                            anomalies.add(new Anomaly(i, e.ts(), "refcount is negative (" + c + ")"));
                        }
                        if (map.isPresent() && map.getAsLong() > c && c >= 0) {
                            anomalies.add(new Anomaly(i, e.ts(), "mapcount " + map.getAsLong()
                                    + " exceeds refcount " + c + " (every mapping holds a reference)"));
                        }
                        if (c == 0) {
                            freed = true; // the last reference is gone: the page goes back to the allocator
                            allocated = false;
                            knownState = true;
                        }
                        lastCount = c;
                    }
                    if (map.isPresent()) {
                        long m = map.getAsLong();
                        maxMap = Math.max(maxMap, m);
                        if (lastMap != Long.MIN_VALUE && m != lastMap) {
                            st = m > lastMap ? Stage.MAP : Stage.UNMAP;
                        }
                        lastMap = m;
                    }
                    flags.addAll(PageFlags.names(e.field("flags"), layout));
                    detail = join(e, "count", "mapcount", "val", "ret");
                    break;
                }
                default:
                    detail = e.payload();
                    break;
            }
            steps.add(new Step(i, e.ts(), e.name(), st, detail, e.cpu(), e.pid(), e.comm()));
        }
        List<String> sum = new ArrayList<>();
        sum.add("pfn 0x" + Long.toHexString(pfn) + ": " + steps.size() + " events"
                + (steps.isEmpty() ? "" : " from " + TraceEvent.formatTs(steps.get(0).ts()) + " to "
                + TraceEvent.formatTs(steps.get(steps.size() - 1).ts())));
        sum.add(allocs + " allocation(s)" + (order > 0 ? " (order " + order + ")" : "") + ", " + frees
                + " free(s), " + lru + " LRU insertion(s)/move(s), " + refs + " page_ref event(s)");
        if (maxCount != Long.MIN_VALUE) {
            sum.add("refcount " + minCount + ".." + maxCount + (maxMap != Long.MIN_VALUE ? ", mapcount up to "
                    + maxMap : "") + (lastCount != Long.MIN_VALUE ? ", last refcount " + lastCount : ""));
        }
        if (!flags.isEmpty()) {
            sum.add("page flags seen: " + String.join("|", flags) + " (layout " + layout + ")");
        }
        sum.add("state at the end of the trace: " + (!knownState ? "unknown (no alloc/free event)"
                : allocated ? "allocated" : "free"));
        sum.add("tasks: " + String.join(", ", tasks));
        String compound = enclosing(t, pfn);
        if (compound != null) {
            sum.add(compound);
        }
        if (!anomalies.isEmpty()) {
            sum.add(anomalies.size() + " anomal" + (anomalies.size() == 1 ? "y" : "ies") + ": "
                    + anomalies.get(0).message() + (anomalies.size() > 1 ? ", ..." : ""));
        }
        return new PageLifecycle(pfn, steps, anomalies, sum);
    }

    private static void useAfterFree(List<Anomaly> out, boolean freed, TraceEvent e, int i) {
        if (freed) {
            out.add(new Anomaly(i, e.ts(), e.name() + " after the page was freed (use after free, or a lost "
                    + "mm_page_alloc event)"));
        }
    }

    /** "part of the order-9 block at pfn 0x..." when a higher-order allocation covers pfn. */
    private static String enclosing(Trace t, long pfn) {
        for (int o = 1; o <= 10; o++) {
            long head = pfn & ~((1L << o) - 1);
            if (head == pfn) {
                continue;
            }
            for (int i : t.eventsOfPfn(head)) {
                if (t.typeName(t.type(i)).equals("mm_page_alloc")) {
                    TraceEvent e = t.event(i);
                    long ord = e.longField("order").orElse(0);
                    if (ord >= o) {
                        return "part of the order-" + ord + " block allocated at pfn 0x" + Long.toHexString(head)
                                + " (" + TraceEvent.formatTs(e.ts()) + ")";
                    }
                }
            }
        }
        return null;
    }

    private static String join(TraceEvent e, String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            FieldValue v = e.field(n);
            if (v != null) {
                b.append(b.length() > 0 ? " " : "").append(n).append('=').append(v);
            }
        }
        return b.length() == 0 ? e.payload() : b.toString();
    }
}
