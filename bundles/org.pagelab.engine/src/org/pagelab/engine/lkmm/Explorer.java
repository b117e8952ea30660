package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.ProgressMonitor;

/**
 * Decides a litmus condition under an axiomatic {@link MemoryModel} by
 * searching candidate executions, herd7-style, but goal-directed:
 * <ol>
 * <li>Each thread is run in isolation once per combination of the values its
 * reads may return (the values written to the location anywhere, plus the
 * initial value, iterated to a fixpoint since stored values may depend on
 * reads): its <em>behaviours</em>.</li>
 * <li>A depth-first search picks one behaviour per thread, pruned by the
 * condition in three-valued logic (registers of threads already picked) and
 * by value availability (every value read must be written by someone).</li>
 * <li>For the picked behaviours, each location's reads-from and coherence
 * choices are enumerated separately and filtered by per-location coherence
 * and atomicity; the product over locations is pruned by the condition's
 * final-memory atoms; each complete candidate is checked by the model.</li>
 * </ol>
 * The verdict is herd7's Observation: with P the condition's proposition and
 * F the filter, Never when no allowed execution satisfies F and P, Always
 * when none satisfies F and not P, else Sometimes. Two searches answer it,
 * each stopping at the first allowed execution found; a third, only when
 * the test has plain accesses, looks for a data race.
 */
public final class Explorer {
    /** herd7's Observation, or Incomplete when a budget ran out. */
    public enum Verdict {
        NEVER("Never"), SOMETIMES("Sometimes"), ALWAYS("Always"), INCOMPLETE("Incomplete");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * The outcome of a run.
     *
     * @param verdict    the observation
     * @param witness    an allowed execution satisfying the proposition (for
     *                   forall: one violating it), or null
     * @param flags      flags raised (data-race is exact; others as seen)
     * @param raceKnown  whether the data-race flag was decided (the test has plain accesses)
     * @param behaviours total number of thread behaviours
     * @param combos     behaviour combinations examined
     * @param candidates candidate executions checked against the model
     * @param incomplete why the run is incomplete, or null
     * @param violation  a thread violation (assert, BUG, oops) some allowed
     *                   execution reaches, as "P1 (name): kind: message", or null
     */
    public record Result(Verdict verdict, Execution witness, Set<String> flags, boolean raceKnown, long behaviours,
            long combos, long candidates, String incomplete, String violation) {
    }

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(String why) {
            super(why, null, false, false);
        }
    }

    private final LitmusTest test;
    private final MemoryModel model;
    private final ProgressMonitor monitor;
    private long polls;
    private final long deadline;
    private final long maxCandidates;
    private final Locations locs;
    private final int nThreads;
    private List<ThreadTrace>[] behaviours;
    private boolean lastRoundFlag;
    /** laterGives[t]: sorted keys of the values threads t+1.. can write. */
    private long[][] laterGives;
    private long combos;
    private long candidates;
    private final Set<String> seenFlags = new LinkedHashSet<>();
    private int undefinedBehaviours;

    /**
     * @param timeoutMillis  wall-clock budget (0 = none)
     * @param maxCandidates  candidate budget (0 = none)
     */
    public Explorer(LitmusTest test, MemoryModel model, ProgressMonitor monitor, long timeoutMillis,
            long maxCandidates) {
        this.test = test;
        this.model = model;
        this.monitor = monitor == null ? ProgressMonitor.NONE : monitor;
        this.deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : Long.MAX_VALUE;
        this.maxCandidates = maxCandidates > 0 ? maxCandidates : Long.MAX_VALUE;
        this.locs = test.locs();
        this.nThreads = test.threads().size();
    }

    /** Runs the searches and returns the verdict. */
    public Result run() {
        try {
            computeBehaviours();
            Prop p = test.prop();
            Prop f = test.filter() == null ? Prop.ALWAYS : test.filter();
            Execution pos = search(new Prop.And(f, p), false);
            Execution neg = search(new Prop.And(f, new Prop.Not(p)), false);
            Verdict v = pos == null ? Verdict.NEVER : neg == null ? Verdict.ALWAYS : Verdict.SOMETIMES;
            Execution witness = test.quantifier() == LitmusTest.Quantifier.FORALL ? neg : pos;
            Set<String> flags = new LinkedHashSet<>(seenFlags);
            boolean raceKnown = false;
            if (model.detectsRaces() && hasPlainAccess()) {
                raceKnown = true;
                Execution race = search(f, true);
                flags.remove("data-race");
                if (race != null) {
                    flags.add("data-race");
                }
            }
            String violation = null;
            if (hasViolation()) {
                wantViolation = true;
                Execution bad = search(f, false);
                wantViolation = false;
                if (bad != null) {
                    for (int t = 0; t < nThreads; t++) {
                        if (chosen[t] != null && chosen[t].violation() != null && violation == null) {
                            violation = "P" + t + " (" + test.threadNames().get(t) + "): " + chosen[t].violation();
                        }
                    }
                    flags.add("violation");
                }
            }
            return new Result(v, witness, flags, raceKnown, countBehaviours(), combos, candidates, null, violation);
        } catch (Stop s) {
            return new Result(Verdict.INCOMPLETE, null, seenFlags, false, countBehaviours(), combos, candidates,
                    s.getMessage(), null);
        }
    }

    private long countBehaviours() {
        long c = 0;
        if (behaviours != null) {
            for (List<ThreadTrace> b : behaviours) {
                c += b == null ? 0 : b.size();
            }
        }
        return c;
    }

    /** Behaviours that could not run (e.g. a pointer read that is not an address) and were dropped. */
    public int undefinedBehaviours() {
        return undefinedBehaviours;
    }

    /**
     * Searches (the condition's and the race search) use only behaviours that
     * ran to their end; the violation search only combinations in which some
     * thread stopped at a violation.
     */
    private boolean wantViolation;

    private boolean hasViolation() {
        for (List<ThreadTrace> bs : behaviours) {
            for (ThreadTrace b : bs) {
                if (b.violation() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some behaviour has a plain (unmarked) access. */
    private boolean hasPlainAccess() {
        for (List<ThreadTrace> bs : behaviours) {
            for (ThreadTrace b : bs) {
                for (Ev e : b.events()) {
                    if (e.access == Access.PLAIN) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ behaviours

    /**
     * Behaviours of every thread, with the read domains iterated to a
     * fixpoint. Locations may be added while threads run (a scenario's
     * interpreter maps the cells it touches to locations on first use).
     */
    @SuppressWarnings("unchecked")
    private void computeBehaviours() {
        List<long[]> dom = probe();
        int maxWrites = 0;
        // writers.get(l): bit set of the threads that write l (from the previous round)
        List<Long> writers = null;
        // valueWriters.get(l).get(v): the threads that write v to l (previous round)
        List<java.util.Map<Long, Long>> valueWriters = probeWriters;
        // writtenAfter.get(l): pairs (a, b) such that some behaviour writes b to l after writing a there
        List<Set<Pair>> writtenAfter = null;
        boolean lastRound = false;
        for (int iter = 0;; iter++) {
            checkBudget();
            behaviours = new List[nThreads];
            int writesBound = 0;
            List<Set<Long>> written = new ArrayList<>();
            List<Long> nextWriters = new ArrayList<>();
            final List<long[]> d = dom;
            final List<Long> w0 = writers;
            final List<java.util.Map<Long, Long>> vw0 = valueWriters;
            List<java.util.Map<Long, Long>> nextValueWriters = new ArrayList<>();
            final List<Set<Pair>> wa0 = writtenAfter;
            ThreadBuilder.Domains domains = new ThreadBuilder.Domains() {
                @Override
                public long[] values(int l) {
                    return l < d.size() ? d.get(l) : new long[] { locs.init(l) };
                }

                @Override
                public long[] values(int thread, int l) {
                    long[] all = values(l);
                    if (vw0 == null || lastRoundFlag || nThreads > 63) {
                        return null;
                    }
                    java.util.Map<Long, Long> by = l < vw0.size() ? vw0.get(l) : java.util.Map.of();
                    long me = 1L << thread;
                    return Arrays.stream(all).filter(v -> (by.getOrDefault(v, 0L) & ~me) != 0).toArray();
                }

                @Override
                public boolean coBefore(int thread, int l, long b, long a) {
                    if (vw0 == null || wa0 == null || lastRoundFlag || nThreads > 63 || l >= vw0.size()
                            || l >= wa0.size() || locs.kind(l) != Locations.Kind.PLAIN) {
                        return false;
                    }
                    java.util.Map<Long, Long> by = vw0.get(l);
                    long me = 1L << thread;
                    long wa = by.getOrDefault(a, 0L) & ~me;
                    long wb = by.getOrDefault(b, 0L) & ~me;
                    if (Long.bitCount(wa) != 1) {
                        return false; // a from several threads: their writes are not ordered
                    }
                    if (wb == 0) {
                        return b == locs.init(l); // only the initial write, coherence-first
                    }
                    // one other thread writes both, b never after a: its writes of b are co-before those of a
                    return wb == wa && !wa0.get(l).contains(new Pair(a, b));
                }

                @Override
                public boolean isPrivate(int thread, int l) {
                    if (w0 == null || lastRoundFlag) {
                        return false;
                    }
                    long others = l < w0.size() ? w0.get(l) & ~(1L << thread) : 0;
                    return nThreads <= 64 && others == 0;
                }
            };
            for (int t = 0; t < nThreads; t++) {
                behaviours[t] = enumerate(t, domains);
                int mw = 0;
                for (ThreadTrace b : behaviours[t]) {
                    int w = 0;
                    for (Ev e : b.events()) {
                        if (e.kind == Ev.Kind.WRITE) {
                            while (written.size() <= e.loc) {
                                written.add(new HashSet<>());
                                nextWriters.add(0L);
                            }
                            written.get(e.loc).add(e.value);
                            nextWriters.set(e.loc, nextWriters.get(e.loc) | (1L << Math.min(t, 63)));
                            while (nextValueWriters.size() <= e.loc) {
                                nextValueWriters.add(new java.util.HashMap<>());
                            }
                            nextValueWriters.get(e.loc).merge(e.value, 1L << Math.min(t, 63), (x, y) -> x | y);
                            w++;
                        }
                    }
                    mw = Math.max(mw, w);
                }
                writesBound += mw;
            }
            maxWrites = Math.max(maxWrites, writesBound);
            int nl = locs.size();
            List<java.util.Map<Long, int[]>> nextCosts = writeCosts(nl);
            List<Set<Pair>> nextWrittenAfter = writtenAfter(nl);
            int[] bound = writesPerLocation(nl);
            // never lower a bound: a round with fewer values may see fewer writes
            for (int l = 0; l < Math.min(nl, writeBound.length); l++) {
                bound[l] = Math.max(bound[l], writeBound[l]);
            }
            writeBound = bound;
            boolean changed = false;
            List<long[]> nd = new ArrayList<>();
            for (int l = 0; l < nl; l++) {
                Set<Long> vals = new HashSet<>(l < written.size() ? written.get(l) : Set.of());
                java.util.Map<Long, int[]> lc = nextCosts.get(l);
                vals.removeIf(v -> !withinBound(lc.get(v), bound));
                vals.add(locs.init(l));
                long[] v = initFirst(vals.stream().mapToLong(Long::longValue).sorted().toArray(), locs.init(l));
                nd.add(v);
                long[] old = l < dom.size() ? dom.get(l) : new long[] { locs.init(l) };
                if (!Arrays.equals(sorted(v), sorted(old))) {
                    changed = true;
                }
            }
            // A value stored in an allowed execution comes from a chain of at most
            // (number of writes) reads-from/data steps, so more rounds add nothing real.
            boolean writersChanged = !nextWriters.equals(writers) || !nextValueWriters.equals(valueWriters)
                    || !nextWrittenAfter.equals(writtenAfter);
            if (lastRound || (!changed && !writersChanged)) {
                break;
            }
            if (iter > maxWrites + 1) {
                // Values beyond the chain bound cannot occur; one more round without the
                // privacy shortcut, whose writer sets may not have settled.
                lastRound = true;
                lastRoundFlag = true;
            }
            dom = nd;
            writers = nextWriters;
            valueWriters = nextValueWriters;
            writtenAfter = nextWrittenAfter;
            costs = nextCosts;
        }
        needArr = new long[nThreads][][];
        giveArr = new long[nThreads][][];
        for (int t = 0; t < nThreads; t++) {
            needArr[t] = new long[behaviours[t].size()][];
            giveArr[t] = new long[behaviours[t].size()][];
            for (int i = 0; i < behaviours[t].size(); i++) {
                needArr[t][i] = needs(behaviours[t].get(i));
                giveArr[t][i] = gives(behaviours[t].get(i));
            }
        }
        laterGives = new long[nThreads][];
        java.util.TreeSet<Long> acc = new java.util.TreeSet<>();
        for (int t = nThreads - 1; t >= 0; t--) {
            laterGives[t] = acc.stream().mapToLong(Long::longValue).toArray();
            for (long[] g : giveArr[t]) {
                for (long v : g) {
                    acc.add(v);
                }
            }
        }
        needGive.clear();
    }

    /**
     * costs.get(l).get(v): a lower bound, per location k, on the number of
     * writes to k along any chain of reads-from and data (or RMW) steps that
     * ends in a write of v to l. A value whose bound exceeds, at some k, the
     * number of writes to k one execution can make ({@link #writesPerLocation})
     * is written in no execution: the fixpoint drops it. This stops counters
     * (a refcount two threads increment and decrement) from growing a new
     * value every round. Empty before the first round (every bound 0).
     */
    private List<java.util.Map<Long, int[]>> costs = new ArrayList<>();

    /** Per location, the most writes to it one execution can make, the maximum over the rounds so far. */
    private int[] writeBound = new int[0];

    private static final int[] NO_COST = new int[0];

    private static int at(int[] c, int k) {
        return k < c.length ? c[k] : 0;
    }

    private static int[] max(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int k = 0; k < b.length; k++) {
            r[k] = Math.max(r[k], b[k]);
        }
        return r;
    }

    private static int[] min(int[] a, int[] b) {
        int[] r = new int[Math.max(a.length, b.length)];
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.min(at(a, k), at(b, k));
        }
        return r;
    }

    private static boolean withinBound(int[] c, int[] bound) {
        if (c == null) {
            return true;
        }
        for (int k = 0; k < c.length; k++) {
            if (c[k] > at(bound, k)) {
                return false;
            }
        }
        return true;
    }

    /** An ordered pair of values. */
    private record Pair(long first, long second) {
    }

    /**
     * Per location, the pairs (a, b) such that some behaviour of some thread
     * writes b to the location after (in program order) writing a there: the
     * writes of values not so paired are coherence-ordered the same way in
     * every execution (coWW), which {@link ThreadBuilder.Domains#coBefore} uses.
     */
    private List<Set<Pair>> writtenAfter(int nl) {
        List<Set<Pair>> out = new ArrayList<>();
        for (int l = 0; l < nl; l++) {
            out.add(new HashSet<>());
        }
        for (int t = 0; t < nThreads; t++) {
            for (ThreadTrace b : behaviours[t]) {
                List<List<Long>> seq = new ArrayList<>();
                for (Ev e : b.events()) {
                    if (e.kind == Ev.Kind.WRITE && e.loc < nl) {
                        while (seq.size() <= e.loc) {
                            seq.add(null);
                        }
                        List<Long> before = seq.get(e.loc);
                        if (before == null) {
                            before = new ArrayList<>();
                            seq.set(e.loc, before);
                        }
                        for (long a : before) {
                            out.get(e.loc).add(new Pair(a, e.value));
                        }
                        if (!before.contains(e.value)) {
                            before.add(e.value);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Per location: the most writes to it one execution can make (one behaviour per thread). */
    private int[] writesPerLocation(int nl) {
        int[] bound = new int[nl];
        for (int t = 0; t < nThreads; t++) {
            int[] most = new int[nl];
            for (ThreadTrace b : behaviours[t]) {
                int[] n = new int[nl];
                for (Ev e : b.events()) {
                    if (e.kind == Ev.Kind.WRITE && e.loc < nl) {
                        n[e.loc]++;
                    }
                }
                for (int l = 0; l < nl; l++) {
                    most[l] = Math.max(most[l], n[l]);
                }
            }
            for (int l = 0; l < nl; l++) {
                bound[l] += most[l];
            }
        }
        return bound;
    }

    /**
     * The chain bounds of the values written in this round's behaviours: a
     * read costs what its value cost in the previous round (or, for a value
     * only the thread itself wrote, its own write's cost; else nothing), a
     * write the componentwise maximum over the reads its value depends on
     * (data, and the read half of an RMW) plus one at its own location; per
     * (location, value) the componentwise minimum over all writes of it.
     */
    private List<java.util.Map<Long, int[]>> writeCosts(int nl) {
        List<java.util.Map<Long, int[]>> out = new ArrayList<>();
        for (int l = 0; l < nl; l++) {
            out.add(new java.util.HashMap<>());
        }
        for (int t = 0; t < nThreads; t++) {
            for (ThreadTrace b : behaviours[t]) {
                Ev[] evs = b.events();
                int[][] c = new int[evs.length][];
                java.util.Map<Integer, Integer> ownLast = new java.util.HashMap<>();
                for (int i = 0; i < evs.length; i++) {
                    Ev e = evs[i];
                    if (e.kind == Ev.Kind.READ) {
                        // the initial write costs nothing
                        int[] known = e.value == locs.init(e.loc) ? NO_COST
                                : e.loc < costs.size() ? costs.get(e.loc).get(e.value) : null;
                        Integer own = ownLast.get(e.loc);
                        if (known == null && own != null && evs[own].value == e.value) {
                            known = c[own];
                        }
                        c[i] = known == null ? NO_COST : known;
                    } else if (e.kind == Ev.Kind.WRITE && e.loc < nl) {
                        int[] w = NO_COST;
                        for (int d : Deps.members(e.data)) {
                            if (d < i && c[d] != null) {
                                w = max(w, c[d]);
                            }
                        }
                        if (e.rmwInstr) {
                            for (int j = i - 1; j >= 0; j--) {
                                if (evs[j].rmwPartner == i) {
                                    w = max(w, c[j] == null ? NO_COST : c[j]);
                                    break;
                                }
                            }
                        }
                        w = Arrays.copyOf(w, Math.max(w.length, nl));
                        w[e.loc]++;
                        c[i] = w;
                        ownLast.put(e.loc, i);
                        out.get(e.loc).merge(e.value, w, Explorer::min);
                    }
                }
            }
        }
        return out;
    }

    /** Per location and value, the threads that wrote it in the probe round (null: no probe). */
    private List<java.util.Map<Long, Long>> probeWriters;

    /** Behaviours per thread allowed in the probe round before it is skipped. */
    private static final int PROBE_BUDGET = 20_000;

    /**
     * The starting read domains. herd7 treats values symbolically, so it also
     * finds executions in which a thread stores a constant on a path that only
     * a value no one has written yet leads to, the value then justifying itself
     * (C-crypto-control-data: {@code r1 = 1; if (READ_ONCE(*x) == 0) r1 = 0;
     * WRITE_ONCE(*y, r1);} against {@code WRITE_ONCE(*x, READ_ONCE(*y))}).
     * A probe round runs the threads with every read free to return any
     * constant of the code (or an initial value) and keeps, per location, the
     * values some behaviour then writes; the fixpoint starts from those. More
     * values only cost time: every read must still find a write of its value,
     * and the model rejects what it forbids.
     */
    private List<long[]> probe() {
        List<long[]> dom = new ArrayList<>();
        long[] consts = test.constants();
        if (consts == null || consts.length == 0) {
            return dom;
        }
        java.util.TreeSet<Long> pool = new java.util.TreeSet<>();
        for (long c : consts) {
            pool.add(c);
        }
        for (int l = 0; l < locs.size(); l++) {
            pool.add(locs.init(l));
        }
        long[] any = pool.stream().mapToLong(Long::longValue).toArray();
        List<Set<Long>> written = new ArrayList<>();
        List<java.util.Map<Long, Long>> by = new ArrayList<>();
        ThreadBuilder.Domains free = l -> initFirst(any, locs.init(l));
        for (int t = 0; t < nThreads; t++) {
            List<ThreadTrace> bs;
            try {
                bs = enumerate(t, free, PROBE_BUDGET);
            } catch (Stop s) {
                if (s.getMessage().startsWith("P")) {
                    return new ArrayList<>(); // too many: start from initial values only
                }
                throw s;
            }
            for (ThreadTrace b : bs) {
                for (Ev e : b.events()) {
                    if (e.kind == Ev.Kind.WRITE) {
                        while (written.size() <= e.loc) {
                            written.add(new HashSet<>());
                            by.add(new java.util.HashMap<>());
                        }
                        written.get(e.loc).add(e.value);
                        by.get(e.loc).merge(e.value, 1L << Math.min(t, 63), (x, y) -> x | y);
                    }
                }
            }
        }
        probeWriters = by;
        for (int l = 0; l < locs.size(); l++) {
            Set<Long> vals = new HashSet<>(l < written.size() ? written.get(l) : Set.of());
            vals.add(locs.init(l));
            dom.add(initFirst(vals.stream().mapToLong(Long::longValue).sorted().toArray(), locs.init(l)));
        }
        return dom;
    }

    private static long[] sorted(long[] a) {
        long[] c = a.clone();
        Arrays.sort(c);
        return c;
    }

    /** The values with {@code init} first (added when missing), so the first behaviour reads initial values. */
    static long[] initFirst(long[] vals, long init) {
        long[] r = new long[vals.length + 1];
        r[0] = init;
        int k = 1;
        for (long v : vals) {
            if (v != init) {
                r[k++] = v;
            }
        }
        return Arrays.copyOf(r, k);
    }

    /** Maximum behaviours per thread before giving up. */
    public static final int MAX_BEHAVIOURS = 200_000;

    /** All behaviours of thread t under the given read domains (replayed depth-first). */
    private List<ThreadTrace> enumerate(int t, ThreadBuilder.Domains domains) {
        return enumerate(t, domains, MAX_BEHAVIOURS);
    }

    private List<ThreadTrace> enumerate(int t, ThreadBuilder.Domains domains, int max) {
        List<ThreadTrace> out = new ArrayList<>();
        int[] prefix = new int[0];
        while (true) {
            checkBudget();
            final int[] pre = prefix;
            List<Integer> taken = new ArrayList<>();
            List<Integer> arity = new ArrayList<>();
            ThreadBuilder.Chooser ch = a -> {
                int k = taken.size();
                int c = k < pre.length ? pre[k] : 0;
                taken.add(c);
                arity.add(a);
                return c;
            };
            ThreadBuilder tb = new ThreadBuilder(t, locs, domains, ch);
            boolean ok = true;
            try {
                test.threads().get(t).run(tb);
            } catch (UndefinedBehaviour u) {
                ok = false;
                undefinedBehaviours++;
            } catch (ThreadBuilder.Blocked b) {
                ok = false;
            }
            if (ok) {
                out.add(tb.finish());
                if (out.size() > max) {
                    throw new Stop("P" + t + " has more than " + max + " behaviours");
                }
            }
            int j = taken.size() - 1;
            while (j >= 0 && taken.get(j) + 1 >= arity.get(j)) {
                j--;
            }
            if (j < 0) {
                return out;
            }
            prefix = new int[j + 1];
            for (int k = 0; k < j; k++) {
                prefix[k] = taken.get(k);
            }
            prefix[j] = taken.get(j) + 1;
        }
    }

    /**
     * Thrown by a thread program when the values it was given make it
     * undefined (e.g. dereferencing a value that is not an address): the
     * behaviour is dropped, as no allowed execution can feed it those values
     * without herd7 reporting the same error.
     */
    public static final class UndefinedBehaviour extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UndefinedBehaviour(String m) {
            super(m);
        }
    }

    private void checkBudget() {
        if ((++polls & 255) == 0) {
            monitor.worked(candidates);
        }
        if (monitor.isCanceled()) {
            throw new Stop("cancelled");
        }
        if (System.nanoTime() > deadline) {
            throw new Stop("time budget exhausted");
        }
        if (candidates > maxCandidates) {
            throw new Stop("candidate budget exhausted");
        }
    }

    // ------------------------------------------------------------------ search

    private Prop goal;
    private boolean wantRace;
    private ThreadTrace[] chosen;

    /** The first allowed execution satisfying {@code goal} (and racy if asked), or null. */
    /** mentioned[t]: whether the goal reads a register of thread t (else picking t cannot change it). */
    private boolean[] mentioned;

    private Execution search(Prop goal, boolean wantRace) {
        this.mentioned = new boolean[nThreads];
        this.goal = goal.resolve(term -> {
            Prop.Term r = slotOf(term);
            if (r instanceof Prop.Slot sl) {
                mentioned[sl.thread()] = true;
            }
            return r;
        });
        this.wantRace = wantRace;
        this.chosen = new ThreadTrace[nThreads];
        this.chosenIdx = new int[nThreads];
        this.pending = new long[nThreads + 1][];
        this.pending[0] = new long[0];
        fillRegs();
        return pick(0);
    }

    // ---- registers of the condition, resolved to slots: regs[t][behaviour][slot]
    private final java.util.Map<String, Integer> slots = new java.util.HashMap<>();
    private final List<String> slotNames = new ArrayList<>();
    private final List<Integer> slotThreads = new ArrayList<>();
    private long[][][] regs;
    private int[] chosenIdx;

    private Prop.Term slotOf(Prop.Term t) {
        if (!(t instanceof Prop.Reg r) || r.thread() < 0 || r.thread() >= nThreads) {
            return t;
        }
        String key = r.thread() + ":" + r.name();
        Integer s = slots.get(key);
        if (s == null) {
            s = slotNames.size();
            slots.put(key, s);
            slotNames.add(r.name());
            slotThreads.add(r.thread());
            regs = null;
        }
        return new Prop.Slot(r.thread(), s, r.name());
    }

    /** Register values per behaviour for the current slot table (an unassigned register is 0). */
    private void fillRegs() {
        if (regs != null) {
            return;
        }
        regs = new long[nThreads][][];
        for (int t = 0; t < nThreads; t++) {
            regs[t] = new long[behaviours[t].size()][slotNames.size()];
            for (int b = 0; b < behaviours[t].size(); b++) {
                java.util.Map<String, Long> m = behaviours[t].get(b).registers();
                for (int s = 0; s < slotNames.size(); s++) {
                    if (slotThreads.get(s) == t) {
                        Long v = m.get(slotNames.get(s));
                        regs[t][b][s] = v == null ? 0 : v;
                    }
                }
            }
        }
    }

    private final Prop.Valuation partial = new Prop.Valuation() {
        @Override
        public Long reg(int thread, String name) {
            if (thread < 0 || thread >= nThreads || chosen[thread] == null) {
                return null;
            }
            Long v = chosen[thread].registers().get(name);
            return v == null ? 0L : v;
        }

        @Override
        public Long slot(int thread, int slot) {
            return chosen[thread] == null ? null : regs[thread][chosenIdx[thread]][slot];
        }

        @Override
        public Long mem(int loc) {
            return null;
        }
    };

    private Execution pick(int t) {
        checkBudget();
        if (t == nThreads) {
            if (wantViolation && !anyChosenViolation()) {
                return null;
            }
            combos++;
            return complete();
        }
        List<ThreadTrace> bs = behaviours[t];
        long[] pendingBefore = pending[t];
        for (int i = 0; i < bs.size(); i++) {
            ThreadTrace b = bs.get(i);
            if (b.violation() != null && !wantViolation) {
                continue;
            }
            chosen[t] = b;
            chosenIdx[t] = i;
            if ((mentioned[t] && goal.eval(partial) == Prop.FALSE) || !valuesAvailable(t, i, pendingBefore)) {
                continue;
            }
            Execution x = pick(t + 1);
            if (x != null) {
                return x;
            }
        }
        chosen[t] = null;
        return null;
    }

    private boolean anyChosenViolation() {
        for (ThreadTrace c : chosen) {
            if (c != null && c.violation() != null) {
                return true;
            }
        }
        return false;
    }

    /** Per thread and behaviour: the non-initial values read, and the values written (sorted keys). */
    private long[][][] needArr;
    private long[][][] giveArr;
    /** pending[t]: values read by threads 0..t-1 that no chosen thread writes (sorted keys). */
    private long[][] pending;

    /**
     * Every value read by threads 0..t is initial, written by them, or
     * writable by a later thread; computed incrementally from the values
     * still pending before thread t. Pairs (location, value) are hashed to
     * longs; a collision can only make this test pass wrongly, which costs
     * time, never a verdict (the per-location step then finds no source).
     */
    private boolean valuesAvailable(int t, int bi, long[] pendingBefore) {
        long[] needs = needArr[t][bi];
        if (pendingBefore.length == 0 && needs.length == 0) {
            pending[t + 1] = pendingBefore;
            return true;
        }
        long[] later = laterGives[t];
        long[] out = null;
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            long[] src = pass == 0 ? pendingBefore : needs;
            for (long need : src) {
                if (givenByChosen(t, need)) {
                    continue;
                }
                if (Arrays.binarySearch(later, need) < 0) {
                    return false;
                }
                if (out == null) {
                    out = new long[pendingBefore.length + needs.length];
                }
                out[n++] = need;
            }
        }
        pending[t + 1] = n == 0 ? new long[0] : Arrays.copyOf(out, n);
        return true;
    }

    private boolean givenByChosen(int t, long need) {
        for (int k = 0; k <= t; k++) {
            if (Arrays.binarySearch(giveArr[k][chosenIdx[k]], need) >= 0) {
                return true;
            }
        }
        return false;
    }


    private static long key(int loc, long value) {
        return (loc * 0x9E3779B97F4A7C15L) ^ value;
    }

    private final java.util.IdentityHashMap<ThreadTrace, long[][]> needGive = new java.util.IdentityHashMap<>();

    /** Non-initial values the behaviour reads, as keys. */
    private long[] needs(ThreadTrace b) {
        return needsGives(b)[0];
    }

    /** Values the behaviour writes, as sorted keys. */
    private long[] gives(ThreadTrace b) {
        return needsGives(b)[1];
    }

    private long[][] needsGives(ThreadTrace b) {
        long[][] ng = needGive.get(b);
        if (ng == null) {
            java.util.TreeSet<Long> need = new java.util.TreeSet<>();
            java.util.TreeSet<Long> give = new java.util.TreeSet<>();
            for (Ev e : b.events()) {
                if (e.kind == Ev.Kind.READ && e.value != locs.init(e.loc)) {
                    need.add(key(e.loc, e.value));
                } else if (e.kind == Ev.Kind.WRITE) {
                    give.add(key(e.loc, e.value));
                }
            }
            ng = new long[][] { need.stream().mapToLong(Long::longValue).toArray(),
                    give.stream().mapToLong(Long::longValue).toArray() };
            needGive.put(b, ng);
        }
        return ng;
    }

    // ------------------------------------------------------------------ per-location choices

    /** One way to resolve a location: its coherence order and the sources of its reads. */
    private record LocChoice(int[] coBase, int[] reads, int[] srcs, long finalValue) {
    }

    private Skeleton sk;
    private List<LocChoice>[] options;
    private LocChoice[] picked;

    @SuppressWarnings("unchecked")
    private Execution complete() {
        sk = new Skeleton(locs, chosen.clone());
        int nl = locs.size();
        options = new List[nl];
        for (int l = 0; l < nl; l++) {
            options[l] = locationChoices(l);
            if (options[l].isEmpty()) {
                return null;
            }
        }
        picked = new LocChoice[nl];
        // Resolve the locations with fewest choices first; the others are then
        // pruned by checking the model on the partial execution.
        order = new int[nl];
        Integer[] idx = new Integer[nl];
        for (int l = 0; l < nl; l++) {
            idx[l] = l;
        }
        Arrays.sort(idx, (a, b) -> Integer.compare(options[a].size(), options[b].size()));
        suffixChoices = new double[nl + 1];
        suffixChoices[nl] = 1;
        for (int k = nl - 1; k >= 0; k--) {
            order[k] = idx[k];
            suffixChoices[k] = suffixChoices[k + 1] * options[idx[k]].size();
        }
        return pickLoc(0);
    }

    /** Location resolution order, and the number of combinations left after each depth. */
    private int[] order;
    private double[] suffixChoices;

    /** Partial executions are checked only when at least this many completions remain. */
    private static final double PARTIAL_CHECK_MIN = 8;

    private final Prop.Valuation full = new Prop.Valuation() {
        @Override
        public Long reg(int thread, String name) {
            return partial.reg(thread, name);
        }

        @Override
        public Long slot(int thread, int slot) {
            return partial.slot(thread, slot);
        }

        @Override
        public Long mem(int loc) {
            if (loc < 0 || loc >= picked.length || picked[loc] == null) {
                return null;
            }
            return picked[loc].finalValue;
        }
    };

    private Execution pickLoc(int depth) {
        if (depth == picked.length) {
            return check();
        }
        int l = order[depth];
        boolean partial = options[l].size() > 1 && suffixChoices[depth + 1] >= PARTIAL_CHECK_MIN;
        for (LocChoice c : options[l]) {
            picked[l] = c;
            if (goal.eval(full) == Prop.FALSE) {
                continue;
            }
            // Every relation of the model grows with rf and co, so an axiom a
            // partial execution violates stays violated in all its completions.
            if (partial && model.violation(partialExecution()) != null) {
                continue;
            }
            Execution x = pickLoc(depth + 1);
            if (x != null) {
                return x;
            }
        }
        picked[l] = null;
        return null;
    }

    /** The execution with the locations resolved so far (the others have no rf and no co edges). */
    private Execution partialExecution() {
        checkBudget();
        partialChecks++;
        int nl = picked.length;
        int[][] coBase = new int[nl][];
        int[] rfSrc = new int[sk.n];
        Arrays.fill(rfSrc, -1);
        for (int l = 0; l < nl; l++) {
            if (picked[l] == null) {
                coBase[l] = new int[] { l };
                continue;
            }
            coBase[l] = picked[l].coBase;
            for (int k = 0; k < picked[l].reads.length; k++) {
                rfSrc[picked[l].reads[k]] = picked[l].srcs[k];
            }
        }
        return new Execution(sk, coBase, rfSrc);
    }

    private long partialChecks;

    private Execution check() {
        checkBudget();
        candidates++;
        int nl = picked.length;
        int[][] coBase = new int[nl][];
        int[] rfSrc = new int[sk.n];
        Arrays.fill(rfSrc, -1);
        for (int l = 0; l < nl; l++) {
            coBase[l] = picked[l].coBase;
            for (int k = 0; k < picked[l].reads.length; k++) {
                rfSrc[picked[l].reads[k]] = picked[l].srcs[k];
            }
        }
        Execution x = new Execution(sk, coBase, rfSrc);
        if (goal.eval(full) != Prop.TRUE) {
            return null;
        }
        if (model.violation(x) != null) {
            return null;
        }
        if (wantRace) {
            Set<String> fl = model.flags(x);
            seenFlags.addAll(fl);
            return fl.contains("data-race") ? x : null;
        }
        return x;
    }

    /** All coherent (rf, co) resolutions of location l in the current skeleton. */
    private List<LocChoice> locationChoices(int l) {
        List<Integer> writes = new ArrayList<>(); // non-initial, co-ordered: native W and LKW
        List<Integer> reads = new ArrayList<>(); // native R, LF/RL, RU (LKR are derived)
        int iw = l; // initial writes are events 0..nl-1
        for (int i = locs.size(); i < sk.n; i++) {
            Ev e = sk.ev[i];
            if (e.loc != l) {
                continue;
            }
            switch (e.kind) {
                case WRITE, LOCK_WRITE -> writes.add(i);
                case READ, LOCK_FAIL, READ_LOCKED, READ_UNLOCKED -> reads.add(i);
                default -> {
                }
            }
        }
        List<LocChoice> out = new ArrayList<>();
        long[] unmatchedLkw = Bits.minus(sk.LKW, sk.critical.domain());
        // Candidate sources per read.
        int[][] cands = new int[reads.size()][];
        for (int k = 0; k < reads.size(); k++) {
            cands[k] = sources(reads.get(k), iw, writes);
            if (cands[k].length == 0) {
                return out;
            }
        }
        // Coherence orders: linear extensions of po among same-thread writes, unmatched LKW last.
        List<int[]> orders = new ArrayList<>();
        int[] w = writes.stream().mapToInt(Integer::intValue).toArray();
        extensions(w, new boolean[w.length], new int[w.length], 0, unmatchedLkw, orders);
        int[] reading = reads.stream().mapToInt(Integer::intValue).toArray();
        LocalView view = new LocalView(l);
        int[] pos = new int[sk.n];
        for (int[] ord : orders) {
            int[] coBase = new int[ord.length + 1];
            coBase[0] = iw;
            System.arraycopy(ord, 0, coBase, 1, ord.length);
            int[] merged = view.merge(coBase);
            Arrays.fill(pos, -1);
            for (int i = 0; i < merged.length; i++) {
                pos[merged[i]] = i;
            }
            int[][] fit = new int[reading.length][];
            boolean none = false;
            for (int k = 0; k < reading.length && !none; k++) {
                fit[k] = fitting(reading[k], cands[k], merged, pos);
                none = fit[k].length == 0;
            }
            if (none) {
                continue;
            }
            int[] src = new int[reading.length];
            assignReads(0, fit, src, coBase, reading, view, out);
        }
        return out;
    }

    /**
     * The sources of read r still possible under a coherence order, by the
     * per-read conditions of coherence and atomicity: a read cannot read a
     * write co-before a po-earlier write of the same location (CoWR) nor one
     * co-after-or-equal a po-later write (CoRW); the read of a successful RMW
     * reads the write right before its own in co (atomic).
     */
    private int[] fitting(int r, int[] cands, int[] merged, int[] pos) {
        Ev re = sk.ev[r];
        int lo = -1;
        int hi = Integer.MAX_VALUE;
        for (int w : merged) {
            Ev we = sk.ev[w];
            if (we.thread != re.thread) {
                continue;
            }
            if (sk.po.has(w, r)) {
                lo = Math.max(lo, pos[w]);
            } else if (sk.po.has(r, w)) {
                hi = Math.min(hi, pos[w]);
            }
        }
        int only = -1;
        if (re.kind == Ev.Kind.READ && re.rmwPartner >= 0) {
            int w = sk.global(re.thread, re.rmwPartner);
            only = pos[w] > 0 ? merged[pos[w] - 1] : -2;
        }
        int[] out = new int[cands.length];
        int n = 0;
        for (int c : cands) {
            int p = pos[c];
            if (p < 0 || (p >= lo && p < hi && (only == -1 || c == only))) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] sources(int r, int iw, List<Integer> writes) {
        Ev e = sk.ev[r];
        List<Integer> c = new ArrayList<>();
        switch (e.kind) {
            case READ -> {
                if (sk.ev[iw].value == e.value) {
                    c.add(iw);
                }
                for (int w : writes) {
                    Ev we = sk.ev[w];
                    if (we.kind == Ev.Kind.WRITE && we.value == e.value && !(we.thread == e.thread && we.local > e.local)) {
                        c.add(w);
                    }
                }
            }
            case LOCK_FAIL, READ_LOCKED -> {
                // lock.cat: rfi-lf = ([LKW] ; po-loc ; [LF]) \ ([LKW] ; po-loc ; [UL] ; po-loc);
                // otherwise any LKW of another thread ((LKW * {e}) & loc & ext).
                List<Integer> own = new ArrayList<>();
                for (int wk : writes) {
                    if (sk.ev[wk].kind == Ev.Kind.LOCK_WRITE && sk.poLoc.has(wk, r) && !ulBetween(wk, r)) {
                        own.add(wk);
                    }
                }
                if (!own.isEmpty()) {
                    c.addAll(own);
                } else {
                    for (int wk : writes) {
                        if (sk.ev[wk].kind == Ev.Kind.LOCK_WRITE && sk.ev[wk].thread != e.thread) {
                            c.add(wk);
                        }
                    }
                }
            }
            case READ_UNLOCKED -> {
                // lock.cat: possible-rf-ru e = (((UL * {e}) & po-loc) \ ([UL] ; po-loc ; [UL] ; po-loc))
                //                              | (((UL | IW) * {e}) & loc & ext)
                c.add(iw);
                for (int u = 0; u < sk.n; u++) {
                    Ev ue = sk.ev[u];
                    if (ue.kind != Ev.Kind.UNLOCK || ue.loc != e.loc) {
                        continue;
                    }
                    if (ue.thread != e.thread) {
                        c.add(u);
                    } else if (sk.poLoc.has(u, r) && !laterUlBefore(u, r)) {
                        c.add(u);
                    }
                }
            }
            default -> throw new IllegalStateException(e.toString());
        }
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean ulBetween(int a, int b) {
        for (int u = Bits.next(sk.UL, 0); u >= 0; u = Bits.next(sk.UL, u + 1)) {
            if (sk.poLoc.has(a, u) && sk.poLoc.has(u, b)) {
                return true;
            }
        }
        return false;
    }

    private boolean laterUlBefore(int u, int r) {
        for (int v = Bits.next(sk.UL, 0); v >= 0; v = Bits.next(sk.UL, v + 1)) {
            if (v != u && sk.poLoc.has(u, v) && sk.poLoc.has(v, r)) {
                return true;
            }
        }
        return false;
    }

    /** Linear extensions of program order over the writes w (unmatched LKW last). */
    private void extensions(int[] w, boolean[] used, int[] acc, int depth, long[] unmatchedLkw, List<int[]> out) {
        if (depth == w.length) {
            out.add(acc.clone());
            return;
        }
        for (int i = 0; i < w.length; i++) {
            if (used[i]) {
                continue;
            }
            boolean ready = true;
            for (int j = 0; j < w.length && ready; j++) {
                if (!used[j] && j != i && sk.po.has(w[j], w[i])) {
                    ready = false;
                }
            }
            if (ready && Bits.has(unmatchedLkw, w[i])) {
                // every other LKW of this location must come first
                for (int j = 0; j < w.length && ready; j++) {
                    if (!used[j] && j != i && sk.ev[w[j]].kind == Ev.Kind.LOCK_WRITE) {
                        ready = false;
                    }
                }
            }
            if (!ready) {
                continue;
            }
            used[i] = true;
            acc[depth] = w[i];
            extensions(w, used, acc, depth + 1, unmatchedLkw, out);
            used[i] = false;
        }
    }

    private void assignReads(int k, int[][] cands, int[] src, int[] coBase, int[] reading, LocalView v,
            List<LocChoice> out) {
        if (k == cands.length) {
            int[] seq = v.merge(coBase);
            if (v.coherent(seq, reading, src)) {
                out.add(new LocChoice(coBase, reading, src.clone(), sk.ev[seq[seq.length - 1]].value));
            }
            return;
        }
        for (int c : cands[k]) {
            src[k] = c;
            assignReads(k + 1, cands, src, coBase, reading, v, out);
        }
    }

    /**
     * The events of one location with local indexes, for the per-location
     * checks: {@code acyclic po-loc | rf | co | fr} (coherence) and
     * {@code empty rmw & (fre ; coe)} (atomic) restricted to the location.
     */
    private final class LocalView {
        final int[] evs;
        final int[] local;
        final Rel poLoc;
        final Rel rmw;
        final int[] ulOf;

        LocalView(int l) {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < sk.n; i++) {
                if (sk.ev[i].loc == l && sk.ev[i].kind != Ev.Kind.SYNC_SRCU) {
                    list.add(i);
                }
            }
            evs = list.stream().mapToInt(Integer::intValue).toArray();
            local = new int[sk.n];
            Arrays.fill(local, -1);
            for (int k = 0; k < evs.length; k++) {
                local[evs[k]] = k;
            }
            int m = evs.length;
            poLoc = Rel.empty(m);
            rmw = Rel.empty(m);
            ulOf = new int[m];
            Arrays.fill(ulOf, -1);
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (sk.po.has(evs[a], evs[b])) {
                        poLoc.add(a, b);
                    }
                    if (sk.rmw.has(evs[a], evs[b])) {
                        rmw.add(a, b);
                    }
                    if (sk.critical.has(evs[a], evs[b])) {
                        ulOf[a] = evs[b];
                    }
                }
            }
        }

        /** The coherence order with each UL right after the LKW of its critical section (lock.cat). */
        int[] merge(int[] coBase) {
            int extra = 0;
            for (int e : coBase) {
                if (ulOf[local[e]] >= 0) {
                    extra++;
                }
            }
            if (extra == 0) {
                return coBase;
            }
            int[] seq = new int[coBase.length + extra];
            int p = 0;
            for (int e : coBase) {
                seq[p++] = e;
                if (ulOf[local[e]] >= 0) {
                    seq[p++] = ulOf[local[e]];
                }
            }
            return seq;
        }

        boolean coherent(int[] seq, int[] reading, int[] src) {
            int m = evs.length;
            Rel co = Rel.empty(m);
            for (int i = 0; i < seq.length; i++) {
                for (int j = i + 1; j < seq.length; j++) {
                    co.add(local[seq[i]], local[seq[j]]);
                }
            }
            Rel rf = Rel.empty(m);
            for (int k = 0; k < reading.length; k++) {
                rf.add(local[src[k]], local[reading[k]]);
            }
            // lock.cat: rf |= [IW | UL] ; singlestep(co) ; lk-rmw^-1
            for (int p = 1; p < seq.length; p++) {
                if (sk.ev[seq[p]].kind == Ev.Kind.LOCK_WRITE) {
                    Ev.Kind pk = sk.ev[seq[p - 1]].kind;
                    if (pk == Ev.Kind.INIT || pk == Ev.Kind.UNLOCK) {
                        int w = local[seq[p]];
                        for (int r = 0; r < m; r++) {
                            if (rmw.has(r, w)) {
                                rf.add(local[seq[p - 1]], r);
                            }
                        }
                    }
                }
            }
            Rel fr = rf.inverse().seq(co);
            if (!Rel.union(poLoc, rf, co, fr).isAcyclic()) {
                return false;
            }
            // atomic: no write of another thread between an rmw's read and its write
            for (int r = 0; r < m; r++) {
                for (int w = rmw.nextSucc(r, 0); w >= 0; w = rmw.nextSucc(r, w + 1)) {
                    for (int x = fr.nextSucc(r, 0); x >= 0; x = fr.nextSucc(r, x + 1)) {
                        if (ext(evs[r], evs[x]) && co.has(x, w) && ext(evs[x], evs[w])) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private boolean ext(int a, int b) {
            return sk.ev[a].thread < 0 || sk.ev[a].thread != sk.ev[b].thread;
        }
    }
}
