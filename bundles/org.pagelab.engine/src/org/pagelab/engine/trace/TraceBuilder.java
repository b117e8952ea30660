package org.pagelab.engine.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.ProgressMonitor;

/**
 * Collects events from a reader and builds the immutable {@link Trace}:
 * sorts by time when the input was not in order, resolves page pointers to
 * pfns, and builds the indexes. Single-threaded; readers call {@link #add}
 * once per event, then the key methods ({@link #pfn}, {@link #mm}...) for
 * that event.
 */
public final class TraceBuilder {
    /** Problems kept in detail; further ones are only counted. */
    public static final int MAX_PROBLEMS = 10_000;
    /** Largest number of events one trace holds (int indexes). */
    public static final int MAX_EVENTS = Integer.MAX_VALUE - 64;

    final Path file;
    final TraceFormat format;
    LongColumn ts = new LongColumn();
    LongColumn loc = new LongColumn();
    SmallColumn cpu = new SmallColumn();
    SmallColumn type = new SmallColumn();
    IntColumn pid = new IntColumn();
    final ByteInterner types = new ByteInterner();
    final ByteInterner comms = new ByteInterner();
    final CommTable commTable = new CommTable();
    boolean sorted = true;
    long lastTs = Long.MIN_VALUE;
    int claimedCpus;

    // page keys: (event, pfn) pairs and unresolved (event, pointer) pairs
    long[] pfnPairs = new long[256]; // event << 32 | page id
    int pfnPairCount;
    final LongIntMap pageIds = new LongIntMap(1024);
    long[] pagePfns = new long[256];
    int[] ptrEvents = new int[64];
    long[] ptrValues = new long[64];
    int ptrCount;
    final LongIntMap ptrIds = new LongIntMap(1024); // page pointer -> index into ptrPfns
    long[] ptrPfns = new long[64];

    // mm keys
    long[] mmPairs = new long[64];
    int mmPairCount;
    final LongIntMap mmIdIds = new LongIntMap(64);
    final LongIntMap mmPtrIds = new LongIntMap(64);
    final List<long[]> mmKeys = new ArrayList<>(); // {kind ordinal, value}
    final Map<Integer, List<Integer>> pidMms = new LinkedHashMap<>();

    final List<Problem> problems = new ArrayList<>();
    final long[] problemCounts = new long[Problem.Kind.values().length];
    final Map<String, String> metadata = new LinkedHashMap<>();
    final Map<Integer, String> typeSystems = new LinkedHashMap<>();

    public TraceBuilder(Path file, TraceFormat format) {
        this.file = file;
        this.format = format;
    }

    public TraceFormat format() {
        return format;
    }

    /** Event type id of a tracepoint name. */
    public int type(String name) {
        return types.intern(name);
    }

    /** Event type id of bytes [from, to) (hot path of the text readers). */
    public int type(byte[] b, int from, int to, int hash) {
        return types.intern(b, from, to, hash);
    }

    /** Records the event system (directory under events/) of a type, when known. */
    public void typeSystem(int typeId, String system) {
        typeSystems.put(typeId, system);
    }

    public String typeName(int typeId) {
        return types.name(typeId);
    }

    /** Number of events added so far. */
    public int size() {
        return ts.size();
    }

    /**
     * Adds an event and returns its index (load order).
     *
     * @param locator where to re-read the payload (byte offset of a text line, virtual offset of a record)
     */
    public int add(long timestamp, int cpuNr, int pidNr, int typeId, long locator) {
        int n = ts.size();
        if (n >= MAX_EVENTS) {
            throw new IllegalStateException("more than " + MAX_EVENTS + " events");
        }
        if (timestamp < lastTs) {
            sorted = false;
        }
        lastTs = timestamp;
        ts.add(timestamp);
        loc.add(locator);
        cpu.add(Math.max(0, Math.min(0xFFFF, cpuNr)));
        type.add(typeId);
        pid.add(pidNr);
        return n;
    }

    /** Timestamp of event i (load order). */
    public long ts(int i) {
        return ts.get(i);
    }

    /** Task name of pid from event index on (text lines, sched events, saved cmdlines). */
    public void comm(int pidNr, int commId, int fromEvent) {
        commTable.set(pidNr, commId, fromEvent);
    }

    /** Interns a task name. */
    public int commId(byte[] b, int from, int to) {
        return comms.intern(b, from, to);
    }

    public int commId(String s) {
        return comms.intern(s);
    }

    /** CPU count the file claims (header "#P:2", "cpus=2", trace.dat CPU count). */
    public void claimedCpus(int n) {
        claimedCpus = Math.max(claimedCpus, n);
    }

    /** Event {@code event} concerns the page with this pfn. */
    public void pfn(int event, long pfnValue) {
        int id = pageIds.getOrAssign(pfnValue, pageCount);
        if (id == pageCount) {
            if (id == pagePfns.length) {
                pagePfns = Arrays.copyOf(pagePfns, id * 2);
            }
            pagePfns[id] = pfnValue;
            pageCount++;
        }
        if (pfnPairCount == pfnPairs.length) {
            pfnPairs = Arrays.copyOf(pfnPairs, pfnPairCount * 2);
        }
        pfnPairs[pfnPairCount++] = ((long) event << 32) | id;
    }

    private int pageCount;

    /**
     * Event {@code event} concerns the page whose struct page/folio pointer is
     * ptr (raw or %p-hashed); resolved to a pfn after loading through the
     * pointer/pfn pairs learned from events that print both.
     */
    public void pagePointer(int event, long ptr) {
        if (ptrCount == ptrEvents.length) {
            ptrEvents = Arrays.copyOf(ptrEvents, ptrCount * 2);
            ptrValues = Arrays.copyOf(ptrValues, ptrCount * 2);
        }
        ptrEvents[ptrCount] = event;
        ptrValues[ptrCount++] = ptr;
    }

    /** True if some events named a page by pointer only (see {@link #learnPagePointer}). */
    public boolean hasUnresolvedPagePointers() {
        return ptrCount > 0;
    }

    /** An event printed both the page pointer and its pfn. */
    public void learnPagePointer(long ptr, long pfnValue) {
        int id = ptrIds.getOrAssign(ptr, ptrIds.size());
        if (id == ptrPfns.length) {
            ptrPfns = Arrays.copyOf(ptrPfns, id * 2);
        }
        ptrPfns[id] = pfnValue;
    }

    private long learnedPfn(long ptr) {
        int id = ptrIds.get(ptr);
        return id < 0 ? -1 : ptrPfns[id];
    }

    /** Event {@code event} concerns an mm. */
    public void mm(int event, MmKind kind, long value) {
        int id = mmId(kind, value);
        if (mmPairCount == mmPairs.length) {
            mmPairs = Arrays.copyOf(mmPairs, mmPairCount * 2);
        }
        mmPairs[mmPairCount++] = ((long) event << 32) | id;
    }

    private int mmId(MmKind kind, long value) {
        LongIntMap m = kind == MmKind.MM_ID ? mmIdIds : mmPtrIds;
        int id = m.getOrAssign(value, mmKeys.size());
        if (id == mmKeys.size()) {
            mmKeys.add(new long[] {kind.ordinal(), value});
        }
        return id;
    }

    /** The task pid runs with this mm (rss_stat with curr=1). */
    public void pidUsesMm(int pidNr, MmKind kind, long value) {
        int id = mmId(kind, value);
        List<Integer> l = pidMms.computeIfAbsent(pidNr, k -> new ArrayList<>(1));
        if (!l.contains(id)) {
            l.add(id);
        }
    }

    public void problem(Problem p) {
        problemCounts[p.kind().ordinal()]++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }

    public long problemCount(Problem.Kind kind) {
        return problemCounts[kind.ordinal()];
    }

    /** Header information (tracer, kernel, counterexample keys...). */
    public void meta(String key, String value) {
        metadata.put(key, value);
    }

    /**
     * Appends the events of o (a later segment of the same file, parsed in
     * parallel) to this builder: ids are remapped, event indices shifted,
     * line numbers of o's problems moved by lineBase. o is unusable after.
     */
    public void append(TraceBuilder o, long lineBase) {
        int base = size();
        int[] typeMap = new int[o.types.size()];
        for (int t = 0; t < typeMap.length; t++) {
            typeMap[t] = types.intern(o.types.name(t));
            String sys = o.typeSystems.get(t);
            if (sys != null) {
                typeSystems.putIfAbsent(typeMap[t], sys);
            }
        }
        int n = o.size();
        for (int i = 0; i < n; i++) {
            add(o.ts.get(i), o.cpu.get(i), o.pid.get(i), typeMap[o.type.get(i)], o.loc.get(i));
        }
        int[] commMap = new int[o.comms.size()];
        for (int c = 0; c < commMap.length; c++) {
            commMap[c] = comms.intern(o.comms.name(c));
        }
        o.commTable.forEach((p, e, c) -> commTable.set(p, commMap[c], base + e));
        for (int j = 0; j < o.pfnPairCount; j++) {
            long pr = o.pfnPairs[j];
            pfn(base + (int) (pr >>> 32), o.pagePfns[(int) pr]);
        }
        for (long ptr : o.ptrIds.keys()) {
            learnPagePointer(ptr, o.learnedPfn(ptr));
        }
        for (int j = 0; j < o.ptrCount; j++) {
            pagePointer(base + o.ptrEvents[j], o.ptrValues[j]);
        }
        for (int j = 0; j < o.mmPairCount; j++) {
            long pr = o.mmPairs[j];
            long[] key = o.mmKeys.get((int) pr);
            mm(base + (int) (pr >>> 32), MmKind.values()[(int) key[0]], key[1]);
        }
        o.pidMms.forEach((p, ids) -> {
            for (int id : ids) {
                long[] key = o.mmKeys.get(id);
                pidUsesMm(p, MmKind.values()[(int) key[0]], key[1]);
            }
        });
        long[] kept = new long[problemCounts.length];
        for (Problem p : o.problems) {
            kept[p.kind().ordinal()]++;
            problem(new Problem(p.kind(), p.line() > 0 ? p.line() + lineBase : p.line(), p.offset(), p.message(),
                    p.excerpt()));
        }
        for (int k = 0; k < kept.length; k++) {
            problemCounts[k] += o.problemCounts[k] - kept[k];
        }
        o.metadata.forEach(metadata::putIfAbsent);
        claimedCpus(o.claimedCpus);
    }

    /**
     * Builds the trace. The source re-reads payloads later and is closed
     * with the trace.
     */
    public Trace build(EventSource source, ProgressMonitor monitor, long fileSize, long startNanos) {
        monitor.subTask("building indexes");
        ts.trim();
        loc.trim();
        cpu.trim();
        type.trim();
        pid.trim();
        int[] newOfOld = null;
        if (!sorted) {
            newOfOld = sortByTime();
        }
        monitor.checkCanceled();
        resolvePointers();
        return new Trace(this, source, newOfOld, fileSize, startNanos);
    }

    int pageCount() {
        return pageCount;
    }

    /** Stable time sort of the columns; returns old index -> new index. */
    private int[] sortByTime() {
        int n = ts.size();
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ts.get(i);
            order[i] = i;
        }
        mergeSort(order, keys);
        LongColumn nts = new LongColumn();
        LongColumn nloc = new LongColumn();
        SmallColumn ncpu = new SmallColumn();
        SmallColumn ntype = new SmallColumn();
        IntColumn npid = new IntColumn();
        int[] newOfOld = new int[n];
        for (int k = 0; k < n; k++) {
            int o = order[k];
            newOfOld[o] = k;
            nts.add(keys[o]);
            nloc.add(loc.get(o));
            ncpu.add(cpu.get(o));
            ntype.add(type.get(o));
            npid.add(pid.get(o));
        }
        nts.trim();
        nloc.trim();
        ncpu.trim();
        ntype.trim();
        npid.trim();
        ts = nts;
        loc = nloc;
        cpu = ncpu;
        type = ntype;
        pid = npid;
        commTable.remap(newOfOld);
        return newOfOld;
    }

    private static void mergeSort(int[] a, long[] key) {
        int[] tmp = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, a.length);
                if (key[a[mid - 1]] <= key[a[mid]]) {
                    continue; // already in order: common for nearly sorted input
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    tmp[k++] = a[i++];
                }
                while (j < hi) {
                    tmp[k++] = a[j++];
                }
                System.arraycopy(tmp, lo, a, lo, hi - lo);
            }
        }
    }

    /** Turns (event, pointer) pairs into (event, pfn) pairs where the pointer's pfn is known. */
    private void resolvePointers() {
        if (ptrCount == 0) {
            return;
        }
        // struct page pointers are an affine function of the pfn (vmemmap):
        // learn base and stride from raw kernel pointers (hashed ones never fit)
        long base = 0;
        long stride = 0;
        boolean affine = false;
        long p0 = 0;
        long f0 = 0;
        for (long p : ptrIds.keys()) {
            long f = learnedPfn(p);
            if (p >= 0) {
                continue; // not a kernel address: %p hash
            }
            if (stride == 0) {
                if (p0 == 0) {
                    p0 = p;
                    f0 = f;
                } else if (f != f0 && (p - p0) % (f - f0) == 0) {
                    stride = (p - p0) / (f - f0);
                    base = p0 - f0 * stride;
                    affine = stride > 0 && stride <= 256;
                }
            } else if (p != base + f * stride) {
                affine = false;
                break;
            }
        }
        for (int j = 0; j < ptrCount; j++) {
            long p = ptrValues[j];
            long f = learnedPfn(p);
            if (f < 0 && affine && p < 0 && (p - base) % stride == 0 && (p - base) / stride >= 0) {
                f = (p - base) / stride;
            }
            if (f >= 0) {
                pfn(ptrEvents[j], f);
            }
        }
        ptrEvents = null;
        ptrValues = null;
    }
}
