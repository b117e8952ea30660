package org.pagelab.engine.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A loaded trace: a compact columnar store of events in time order (per
 * event: timestamp, CPU, pid, event type and a locator of its payload in the
 * file, about 16 bytes) and its indexes (by CPU, pid, event type, page and
 * mm). Payloads are re-read from the file on demand ({@link #event}).
 * Immutable and safe to read from several threads; {@link #close} releases
 * the file.
 */
public final class Trace implements AutoCloseable {
    private final Path file;
    private final TraceFormat format;
    private final EventSource source;
    private final LongColumn ts;
    private final LongColumn loc;
    private final SmallColumn cpu;
    private final SmallColumn type;
    private final IntColumn pid;
    private final List<String> typeNames;
    private final Map<Integer, String> typeSystems;
    private final List<String> commNames;
    private final CommTable comms;
    private final PostingIndex byType;
    private final PostingIndex byCpu;
    private final PostingIndex byPid;
    private final int[] pidOfKey;
    private final LongIntMap keyOfPid;
    private final PostingIndex byPage;
    private final long[] pfnOfPage;
    private final LongIntMap pageOfPfn;
    private final PostingIndex byMm;
    private final long[][] mmKeys;
    private final Map<Integer, List<Integer>> pidMms;
    private final List<Problem> problems;
    private final long[] problemCounts;
    private final Map<String, String> metadata;
    private final int claimedCpus;
    private final long fileSize;
    private final long loadNanos;

    Trace(TraceBuilder b, EventSource source, int[] newOfOld, long fileSize, long startNanos) {
        this.file = b.file;
        this.format = b.format;
        this.source = source;
        this.ts = b.ts;
        this.loc = b.loc;
        this.cpu = b.cpu;
        this.type = b.type;
        this.pid = b.pid;
        this.typeNames = List.copyOf(b.types.names());
        this.typeSystems = Map.copyOf(b.typeSystems);
        this.commNames = List.copyOf(b.comms.names());
        this.comms = b.commTable;
        int n = ts.size();
        // the indexes are independent: build them on all cores
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(5,
                Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "pagelab trace index");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Future<PostingIndex> fType = pool.submit(() -> {
                int[] k = new int[n];
                type.copyTo(k);
                return PostingIndex.build(typeNames.size(), k, n);
            });
            Future<PostingIndex> fCpu = pool.submit(() -> {
                int[] k = new int[n];
                cpu.copyTo(k);
                int maxCpu = -1;
                for (int i = 0; i < n; i++) {
                    maxCpu = Math.max(maxCpu, k[i]);
                }
                return PostingIndex.build(maxCpu + 1, k, n);
            });
            long[] pfnPairs = b.pfnPairs;
            int pfnPairCount = b.pfnPairCount;
            int pages = b.pageCount();
            Future<PostingIndex> fPage = pool.submit(() -> pairsIndex(pfnPairs, pfnPairCount, pages, newOfOld));
            long[] mmPairs = b.mmPairs;
            int mmPairCount = b.mmPairCount;
            int mms = b.mmKeys.size();
            Future<PostingIndex> fMm = pool.submit(() -> pairsIndex(mmPairs, mmPairCount, mms, newOfOld));
            // pid keys in first-appearance order (pids come in runs: look up only on change)
            keyOfPid = new LongIntMap(256);
            int[] pk = new int[n];
            pid.copyTo(pk);
            int[] pids = new int[16];
            int keys = 0;
            int lastPid = 0;
            int lastKey = -1;
            for (int i = 0; i < n; i++) {
                int p = pk[i];
                if (lastKey < 0 || p != lastPid) {
                    lastKey = keyOfPid.getOrAssign(p, keys);
                    if (lastKey == keys) {
                        if (keys == pids.length) {
                            pids = Arrays.copyOf(pids, keys * 2);
                        }
                        pids[keys++] = p;
                    }
                    lastPid = p;
                }
                pk[i] = lastKey;
            }
            pidOfKey = Arrays.copyOf(pids, keys);
            keyOfPid.compact();
            byPid = PostingIndex.build(keys, pk, n);
            byType = fType.get();
            byCpu = fCpu.get();
            byPage = fPage.get();
            byMm = fMm.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while indexing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        b.pfnPairs = null;
        b.mmPairs = null;
        pfnOfPage = Arrays.copyOf(b.pagePfns, b.pageCount());
        pageOfPfn = b.pageIds;
        pageOfPfn.compact(); // read-only from here: at most 3/4 full instead of at most 1/2
        mmKeys = b.mmKeys.toArray(new long[0][]);
        this.pidMms = Map.copyOf(b.pidMms);
        this.problems = List.copyOf(b.problems);
        this.problemCounts = b.problemCounts.clone();
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.claimedCpus = b.claimedCpus;
        this.fileSize = fileSize;
        this.loadNanos = System.nanoTime() - startNanos;
    }

    private static PostingIndex pairsIndex(long[] pairs, int count, int keys, int[] newOfOld) {
        if (newOfOld != null) {
            for (int j = 0; j < count; j++) {
                long e = newOfOld[(int) (pairs[j] >>> 32)];
                pairs[j] = (e << 32) | (pairs[j] & 0xFFFFFFFFL);
            }
        }
        boolean ordered = true;
        for (int j = 1; j < count && ordered; j++) {
            ordered = pairs[j - 1] <= pairs[j];
        }
        if (!ordered) {
            Arrays.sort(pairs, 0, count);
        }
        return PostingIndex.buildPairs(keys, pairs, count);
    }

    public Path file() {
        return file;
    }

    public TraceFormat format() {
        return format;
    }

    /** Number of events. */
    public int size() {
        return ts.size();
    }

    /** Timestamp of event i in ns (trace clock). */
    public long ts(int i) {
        return ts.get(i);
    }

    public int cpu(int i) {
        return cpu.get(i);
    }

    public int pid(int i) {
        return pid.get(i);
    }

    /** Event type id of event i (see {@link #typeName}). */
    public int type(int i) {
        return type.get(i);
    }

    /** Locator of event i's payload (for readers). */
    public long locator(int i) {
        return loc.get(i);
    }

    public long firstTs() {
        return size() == 0 ? 0 : ts.get(0);
    }

    public long lastTs() {
        return size() == 0 ? 0 : ts.get(size() - 1);
    }

    /** Number of distinct event types. */
    public int typeCount() {
        return typeNames.size();
    }

    public String typeName(int typeId) {
        return typeNames.get(typeId);
    }

    /** The event system (directory under events/) of a type when the file says it, else "". */
    public String typeSystem(int typeId) {
        return typeSystems.getOrDefault(typeId, "");
    }

    /** Type id of a tracepoint name, or -1. */
    public int typeId(String name) {
        return typeNames.indexOf(name);
    }

    /** Events per tracepoint name, most frequent first (ties by name). */
    public Map<String, Long> countsByName() {
        List<Integer> ids = new ArrayList<>();
        for (int t = 0; t < typeNames.size(); t++) {
            if (byType.count(t) > 0) {
                ids.add(t);
            }
        }
        ids.sort((a, c) -> byType.count(a) != byType.count(c) ? Integer.compare(byType.count(c), byType.count(a))
                : typeNames.get(a).compareTo(typeNames.get(c)));
        Map<String, Long> m = new LinkedHashMap<>();
        for (int t : ids) {
            m.merge(typeNames.get(t), (long) byType.count(t), Long::sum);
        }
        return m;
    }

    /** Task name of event i's pid at that event, or "<...>". */
    public String comm(int i) {
        return commOf(pid.get(i), i);
    }

    /** Task name of pid at event i, or "<...>". */
    public String commOf(int pidNr, int i) {
        int c = comms.get(pidNr, i);
        return c < 0 ? "<...>" : commNames.get(c);
    }

    /** CPU numbers that have events, ascending. */
    public int[] cpus() {
        int[] out = new int[byCpu.keys()];
        int k = 0;
        for (int c = 0; c < byCpu.keys(); c++) {
            if (byCpu.count(c) > 0) {
                out[k++] = c;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Number of CPUs: what the file claims, or 1 + the highest CPU with events. */
    public int cpuCount() {
        return Math.max(claimedCpus, byCpu.keys());
    }

    /** Distinct pids, in order of first appearance. */
    public int[] pids() {
        return pidOfKey.clone();
    }

    public PostingIndex byType() {
        return byType;
    }

    public PostingIndex byCpu() {
        return byCpu;
    }

    /** Index keyed by {@link #pidKey}. */
    public PostingIndex byPid() {
        return byPid;
    }

    /** Key of pid in {@link #byPid()}, or -1. */
    public int pidKey(int pidNr) {
        return keyOfPid.get(pidNr);
    }

    /** Index keyed by page id (see {@link #pageOfPfn}). */
    public PostingIndex byPage() {
        return byPage;
    }

    /** Number of distinct pages (pfns) that events name. */
    public int pageCount() {
        return pfnOfPage.length;
    }

    public long pfnOfPage(int page) {
        return pfnOfPage[page];
    }

    /** Page id of a pfn, or -1. */
    public int pageOfPfn(long pfnValue) {
        return pageOfPfn.get(pfnValue);
    }

    /** Event indices of one page in time order; O(events of that page). */
    public int[] eventsOfPfn(long pfnValue) {
        int p = pageOfPfn.get(pfnValue);
        return p < 0 ? new int[0] : byPage.toArray(p);
    }

    /** Index keyed by mm id (see {@link #mmKind}, {@link #mmValue}). */
    public PostingIndex byMm() {
        return byMm;
    }

    public int mmCount() {
        return mmKeys.length;
    }

    public MmKind mmKind(int mm) {
        return MmKind.values()[(int) mmKeys[mm][0]];
    }

    public long mmValue(int mm) {
        return mmKeys[mm][1];
    }

    /** mm id of (kind, value), or -1. */
    public int mmOf(MmKind kind, long value) {
        for (int m = 0; m < mmKeys.length; m++) {
            if (mmKeys[m][0] == kind.ordinal() && mmKeys[m][1] == value) {
                return m;
            }
        }
        return -1;
    }

    /** mms a pid was seen using (rss_stat with curr=1), as mm ids. */
    public List<Integer> mmsOfPid(int pidNr) {
        return pidMms.getOrDefault(pidNr, List.of());
    }

    /** Index of the first event with ts >= t (size() if none); O(log n). */
    public int firstAtOrAfter(long t) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts.get(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Event i with its payload, re-read from the file. Never throws: if the
     * file cannot be read any more, the event says so in its payload.
     */
    public TraceEvent event(int i) {
        try {
            return source.read(this, i);
        } catch (IOException | RuntimeException e) {
            return new TraceEvent(i, ts(i), cpu(i), pid(i), comm(i), typeName(type(i)), "", Map.of(),
                    "<cannot re-read the payload: " + e.getMessage() + ">", List.of(), "");
        }
    }

    /**
     * Event i re-read from the file, failures propagated (for tools and
     * tests; the viewer uses {@link #event}).
     */
    public TraceEvent readEvent(int i) throws IOException {
        return source.read(this, i);
    }

    /** 1-based line of event i in a text file, or -1. */
    public long lineOf(int i) {
        return source.lineOf(loc.get(i));
    }

    /** Problems met while loading (at most {@link TraceBuilder#MAX_PROBLEMS} kept). */
    public List<Problem> problems() {
        return problems;
    }

    /** All problems of a kind, including those not kept. */
    public long problemCount(Problem.Kind kind) {
        return problemCounts[kind.ordinal()];
    }

    /** Lines that looked like trace lines but could not be parsed. */
    public long unparsed() {
        return problemCount(Problem.Kind.UNPARSED);
    }

    /** Header information: tracer, kernel (uname), clock, counterexample keys... */
    public Map<String, String> metadata() {
        return metadata;
    }

    public long fileSize() {
        return fileSize;
    }

    /** Wall time of the load, ms. */
    public long loadMillis() {
        return loadNanos / 1_000_000;
    }

    /** Bytes held in memory by the store and its indexes (payloads stay in the file). */
    public long residentBytes() {
        long b = ts.residentBytes() + loc.residentBytes() + cpu.residentBytes() + type.residentBytes()
                + pid.residentBytes();
        b += byType.residentBytes() + byCpu.residentBytes() + byPid.residentBytes() + byPage.residentBytes()
                + byMm.residentBytes();
        b += keyOfPid.residentBytes() + 16 + 4L * pidOfKey.length + pageOfPfn.residentBytes() + 16
                + 8L * pfnOfPage.length + comms.residentBytes() + 40L * mmKeys.length;
        b += 64L * (typeNames.size() + commNames.size());
        return b + source.residentBytes();
    }

    /** Releases the file; events can no longer be re-read. */
    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            // a read-only file: nothing was written that could be lost
        }
    }
}
