package org.pagelab.engine.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.sem.FinalView;
import org.pagelab.engine.sem.Machine;
import org.pagelab.engine.sem.Predicate;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.ScMemory;
import org.pagelab.engine.sem.Violation;

/**
 * Exhaustive exploration of every interleaving of a scenario's threads under
 * sequential consistency: breadth-first (so the first trace found to a
 * violation is a shortest one), with states stored as fingerprints, a
 * partial-order reduction (persistent sets computed from the MM objects each
 * step touches and each thread may still touch, with the cycle proviso), the
 * built-in invariants checked after every step, deadlock and livelock
 * detection, budgets and cancellation, and parallel expansion of each BFS
 * batch on all cores. See docs/SCENARIO-LANGUAGE.md "Exploration" for the
 * soundness argument.
 */
public final class Explorer {

    /** Budgets and switches. */
    public static final class Options {
        /** Stop (incomplete) after this many states. */
        public long maxStates = 100_000_000L;
        /** Stop (incomplete) after this long; 0 = no limit. */
        public long timeoutMillis;
        /** Stop (incomplete) when the heap in use exceeds this many bytes; 0 = 85% of -Xmx. */
        public long maxMemoryBytes;
        /** Worker threads; 0 = all processors. */
        public int workers;
        /** Partial-order reduction. */
        public boolean por = true;
        /** Recompute each trace without reduction to make it a shortest one (within a budget). */
        public boolean shortest = true;
        public ProgressMonitor monitor = ProgressMonitor.NONE;
        /** The name the traces carry ("sc"). */
        public String model = "sc";
    }

    static final int BATCH = 4096;
    static final boolean DEBUG = Boolean.getBoolean("pagelab.debug.por");
    static final java.util.concurrent.atomic.AtomicLong provisoCount = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong noReduction = new java.util.concurrent.atomic.AtomicLong();

    final Program prog;
    final Options opt;
    final int heapSize;
    final int nThreads;      // scenario threads
    final int nAll;          // + the after block
    final boolean hasAfter;
    final boolean[] daemon;
    final Footprints footprints;
    final StepCheck check;
    final boolean violationsCount;
    final Predicate condition;
    final Predicate filter;

    // results
    final StateTable table = new StateTable();
    long transitions;
    long finals;
    long positive;
    long negative;
    int witnessParent = -1;
    int witnessThread = -1;
    int witnessState = -1;
    int witnessDepth = Integer.MAX_VALUE;
    final List<Found> found = new ArrayList<>();
    boolean possibleCycle;
    final Edges edges = new Edges();
    /** Shortest-trace search: stop at the first violation of this kind, no deeper than maxDepth. */
    String targetKind;
    int maxDepth = Integer.MAX_VALUE;
    private Found target;

    /** A violation found: the state before the violating step (or the deadlocked state), the thread, and what. */
    record Found(int state, int thread, String kind, String message, int depth, int[] loop) {
        Found(int state, int thread, String kind, String message, int depth) {
            this(state, thread, kind, message, depth, null);
        }
    }

    Explorer(Program prog, Options opt, boolean por) {
        this.prog = prog;
        this.opt = opt;
        this.heapSize = prog.heapSize();
        this.nThreads = prog.threadCount();
        this.hasAfter = prog.after() != null;
        this.nAll = nThreads + (hasAfter ? 1 : 0);
        this.daemon = new boolean[nAll];
        for (int i = 0; i < nThreads; i++) {
            daemon[i] = prog.threads().get(i).daemon();
        }
        this.footprints = por ? Footprints.compute(prog) : null;
        this.check = org.pagelab.engine.mm.MmChecks.create(prog, footprints == null ? null : footprints::holders);
        Predicate c = prog.condition();
        this.condition = c;
        this.filter = prog.filter();
        this.violationsCount = c == null || c.mentionsViolation() || (filter != null && filter.mentionsViolation());
    }

    /**
     * Explores a compiled scenario. With partial-order reduction the first
     * run omits the cycle proviso; if its reduced graph has a cycle, a second
     * run applies it (an acyclic reduced graph already preserves final states
     * and violations; livelocks are only looked for with the proviso).
     */
    public static ExploreResult explore(Program prog, Options opt) {
        boolean por = opt.por;
        Predicate c = prog.condition();
        if (c != null && c.mentionsViolation() && c.mentionsState()) {
            // a condition mixing violations with values needs every violating state exactly
            por = false;
        }
        Explorer e = new Explorer(prog, opt, por);
        ExploreResult r = e.run(por);
        if (por && e.cyclic) {
            // the reduced graph has a cycle: explore again with the cycle proviso, so that no thread is
            // ignored along it (see "Exploration" in docs/SCENARIO-LANGUAGE.md)
            Explorer p = new Explorer(prog, opt, true);
            p.proviso = true;
            ExploreResult rp = p.run(true);
            return new ExploreResult(rp.verdict(), rp.complete(), rp.incomplete(), rp.states(), rp.transitions(),
                    rp.finals(), rp.positive(), rp.negative(), r.millis() + rp.millis(), rp.depth(), rp.witness(),
                    rp.violations(), rp.unexpected(), true);
        }
        return r;
    }

    /**
     * Runs a compiled scenario along the schedule of a trace found for the
     * same scenario under other variants (the thread of each of its steps,
     * in order), then lets the remaining threads finish, and records every
     * step as a trace does. This is "what the other code does at the same
     * point" of a variant comparison. {@code extraSteps} bounds the steps
     * run after the schedule (retry loops).
     */
    public static Followed follow(Program prog, Options opt, Trace reference, int extraSteps) {
        Explorer e = new Explorer(prog, opt, false);
        return new TraceBuilder(e).follow(reference, extraSteps);
    }

    /** Apply the cycle proviso (set for the second run when the reduced graph turned out cyclic). */
    boolean proviso;
    /** The explored graph has a cycle (known after a complete run). */
    boolean cyclic;

    // ----------------------------------------------------------- encoding

    int[] initialState() {
        List<int[]> ts = new ArrayList<>();
        for (Program.ThreadInfo t : prog.threads()) {
            ts.add(t.initialState());
        }
        if (hasAfter) {
            ts.add(prog.after().initialState());
        }
        return encode(prog.initialMemory(), ts.toArray(new int[0][]));
    }

    int[] encode(int[] mem, int[][] threads) {
        int n = heapSize;
        for (int[] t : threads) {
            n += 1 + t.length;
        }
        int[] s = new int[n];
        System.arraycopy(mem, 0, s, 0, heapSize);
        int o = heapSize;
        for (int[] t : threads) {
            s[o++] = t.length;
            System.arraycopy(t, 0, s, o, t.length);
            o += t.length;
        }
        return s;
    }

    int[][] threads(int[] s) {
        int[][] ts = new int[nAll][];
        int o = heapSize;
        for (int i = 0; i < nAll; i++) {
            int len = s[o++];
            ts[i] = Arrays.copyOfRange(s, o, o + len);
            o += len;
        }
        return ts;
    }

    boolean regularDone(int[][] ts) {
        for (int i = 0; i < nThreads; i++) {
            if (!daemon[i] && !Machine.finished(ts[i])) {
                return false;
            }
        }
        return true;
    }

    boolean isFinal(int[][] ts) {
        return regularDone(ts) && (!hasAfter || Machine.finished(ts[nAll - 1]));
    }

    /** The final view of an encoded state (memory and thread registers). */
    FinalView view(int[] mem, int[][] ts, String violation) {
        return new FinalView() {
            @Override
            public int register(int thread, int slot, String name) {
                int[] t = ts[thread];
                return 5 + slot < t.length ? Machine.rootLocal(t, slot) : 0;
            }

            @Override
            public int memory(int cell) {
                return mem[cell];
            }

            @Override
            public String violation() {
                return violation;
            }
        };
    }

    // ------------------------------------------------------------ expansion

    /** Per-worker machinery. */
    final class Worker {
        final Machine machine = new Machine(prog);
        final ScMemory mem = new ScMemory(prog);
        final Por por = footprints == null ? null : new Por(Explorer.this);

        /** Expands one state. */
        Expansion expand(int[] s, int depth, boolean reduce) {
            Expansion x = new Expansion();
            int[][] ts = threads(s);
            if (isFinal(ts)) {
                x.kind = Expansion.FINAL;
                return x;
            }
            boolean afterOnly = regularDone(ts);
            int[][] next = new int[nAll][];
            int[][] nextMem = new int[nAll][];
            boolean[] enabled = new boolean[nAll];
            boolean anyViolation = false;
            int[][] reads = new int[nAll][];
            int[][] writes = new int[nAll][];
            boolean[] finishes = new boolean[nAll];
            for (int t = 0; t < nAll; t++) {
                boolean isAfter = hasAfter && t == nAll - 1;
                if (afterOnly != isAfter || Machine.finished(ts[t])) {
                    continue;
                }
                int[] m = Arrays.copyOf(s, heapSize);
                mem.reset(m, t);
                Machine.Outcome o = machine.step(t, ts[t], mem);
                IntBag rd = new IntBag();
                for (int i = 0; i < mem.readCount(); i++) {
                    rd.add(mem.readCell(i));
                }
                if (o.kind == Machine.Kind.BLOCKED) {
                    reads[t] = rd.toArray();
                    writes[t] = new int[0];
                    continue;
                }
                enabled[t] = true;
                x.enabledMask |= 1 << t;
                Violation v = o.violation;
                if (v == null && check != null) {
                    v = check.afterStep(t, s, m, mem, rd::add);
                }
                int[] wr = new int[mem.writeCount()];
                for (int i = 0; i < wr.length; i++) {
                    wr[i] = mem.writeCell(i);
                }
                reads[t] = rd.toArray();
                writes[t] = wr;
                if (v != null) {
                    anyViolation = true;
                    x.violations.add(new Expansion.Viol(t, v.kind, v.getMessage(),
                            violationsCount ? encodeWith(s, m, ts, t, o.thread) : null));
                    enabled[t] = false; // the execution ends there: no successor
                    continue;
                }
                next[t] = o.thread;
                nextMem[t] = m;
                finishes[t] = o.kind == Machine.Kind.FINISHED;
            }
            if (x.enabledMask == 0) {
                x.kind = Expansion.DEADLOCK;
                return x;
            }
            boolean[] chosen = enabled;
            boolean full = true;
            if (reduce && por != null && !anyViolation) {
                boolean[] p = por.persistent(ts, enabled, reads, writes, finishes);
                if (p != null) {
                    chosen = p;
                    full = false;
                } else if (DEBUG) {
                    noReduction.incrementAndGet();
                }
            }
            if (!full && proviso) {
                // cycle proviso: a reduced successor that is already known at this depth or
                // earlier may close a cycle; expand fully so that no thread is ignored on it
                for (int t = 0; t < nAll && !full; t++) {
                    if (chosen[t]) {
                        int[] enc = successor(s, ts, t, nextMem[t], next[t]);
                        int id = table.lookup(StateTable.hash1(enc), StateTable.hash2(enc));
                        if (id >= 0 && table.depth[id] <= depth) {
                            full = true;
                        }
                    }
                }
                if (full) {
                    chosen = enabled;
                    if (DEBUG) {
                        provisoCount.incrementAndGet();
                    }
                }
            }
            x.full = full;
            for (int t = 0; t < nAll; t++) {
                if (chosen[t] && next[t] != null) {
                    int[] enc = successor(s, ts, t, nextMem[t], next[t]);
                    x.add(enc, t);
                }
            }
            return x;
        }

        private int[] successor(int[] s, int[][] ts, int t, int[] m, int[] thread) {
            int[] old = ts[t];
            ts[t] = thread;
            int[] enc = encode(m, ts);
            ts[t] = old;
            return enc;
        }

        private int[] encodeWith(int[] s, int[] m, int[][] ts, int t, int[] thread) {
            if (thread == null) {
                return encode(m, ts);
            }
            return successor(s, ts, t, m, thread);
        }
    }

    /** The result of expanding one state. */
    static final class Expansion {
        static final int NORMAL = 0;
        static final int FINAL = 1;
        static final int DEADLOCK = 2;
        int kind;
        int enabledMask;
        boolean full;
        final List<int[]> succ = new ArrayList<>(4);
        final List<Integer> succThread = new ArrayList<>(4);
        final List<Viol> violations = new ArrayList<>(0);

        record Viol(int thread, String kind, String message, int[] state) {
        }

        void add(int[] enc, int t) {
            succ.add(enc);
            succThread.add(t);
        }
    }

    /** A tiny growable int list. */
    static final class IntBag {
        int[] a = new int[8];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Non-tree edges of the explored graph (for cycle detection). */
    static final class Edges {
        int[] from = new int[1024];
        int[] to = new int[1024];
        int[] thr = new int[1024];
        int n;

        void add(int f, int t, int th) {
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
                thr = Arrays.copyOf(thr, n * 2);
            }
            from[n] = f;
            to[n] = t;
            thr[n++] = th;
        }
    }

    // ------------------------------------------------------------------ run

    private ExploreResult run(boolean por) {
        long start = System.currentTimeMillis();
        int nw = opt.workers > 0 ? opt.workers : Runtime.getRuntime().availableProcessors();
        long memLimit = opt.maxMemoryBytes > 0 ? opt.maxMemoryBytes : (long) (Runtime.getRuntime().maxMemory() * 0.85);
        ProgressMonitor mon = opt.monitor;
        mon.begin("Exploring " + prog.name(), ProgressMonitor.UNKNOWN);
        Worker[] workers = new Worker[nw];
        for (int i = 0; i < nw; i++) {
            workers[i] = new Worker();
        }
        ExecutorService pool = nw > 1 ? Executors.newFixedThreadPool(nw - 1, r -> {
            java.lang.Thread th = new java.lang.Thread(r, "pagelab-explore");
            th.setDaemon(true);
            return th;
        }) : null;
        String incomplete = null;
        int depth = 0;
        try {
            int[] init = initialState();
            table.insert(StateTable.hash1(init), StateTable.hash2(init), -1, -1, 0);
            List<int[]> frontier = new ArrayList<>();
            List<Integer> frontierIds = new ArrayList<>();
            frontier.add(init);
            frontierIds.add(0);
            long lastReport = 0;
            while (!frontier.isEmpty() && incomplete == null && target == null && depth <= maxDepth) {
                List<int[]> nextFrontier = new ArrayList<>();
                List<Integer> nextIds = new ArrayList<>();
                for (int b = 0; b < frontier.size() && incomplete == null && target == null; b += BATCH) {
                    int e = Math.min(frontier.size(), b + BATCH);
                    Expansion[] xs = expandBatch(workers, pool, frontier, b, e, depth, por);
                    for (int i = b; i < e; i++) {
                        merge(xs[i - b], frontier.get(i), frontierIds.get(i), depth, nextFrontier, nextIds);
                        frontier.set(i, null);
                    }
                    if (mon.isCanceled()) {
                        incomplete = "canceled";
                    } else if (table.size() >= opt.maxStates) {
                        incomplete = "states";
                    } else if (opt.timeoutMillis > 0 && System.currentTimeMillis() - start > opt.timeoutMillis) {
                        incomplete = "time";
                    } else if (usedMemory() > memLimit) {
                        System.gc(); // count only what is live
                        if (usedMemory() > memLimit) {
                            incomplete = "memory";
                        }
                    }
                    long now = System.currentTimeMillis();
                    if (now - lastReport > 500) {
                        lastReport = now;
                        mon.worked(table.size());
                        mon.subTask(table.size() + " states, depth " + depth);
                    }
                }
                frontier = nextFrontier;
                frontierIds = nextIds;
                depth++;
            }
        } catch (InterruptedException ie) {
            java.lang.Thread.currentThread().interrupt();
            incomplete = "canceled";
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        if (incomplete == null && possibleCycle && targetKind == null) {
            Livelock ll = new Livelock(this);
            if (por && !proviso) {
                cyclic = ll.hasCycle();
            }
        }
        if (incomplete == null && possibleCycle && targetKind == null && (!por || proviso)) {
            Livelock ll = new Livelock(this);
            Found f = ll.find();
            if (f != null) {
                found.add(f);
                if (violationsCount) {
                    int[] st = stateOf(f.state());
                    outcome(view(Arrays.copyOf(st, heapSize), threads(st), "livelock"), f.state(), -1, f.depth());
                }
            }
        }
        mon.done();
        if (DEBUG) {
            System.err.println("por: proviso full expansions " + provisoCount + ", states without reduction " + noReduction);
        }
        if (targetKind != null) {
            return null;
        }
        return result(start, incomplete, depth, por);
    }

    /** For {@link Shortest}: the thread choices of the first trace to targetKind, or null. */
    List<Integer> searchTarget() {
        run(false);
        if (target == null) {
            return null;
        }
        java.util.Deque<Integer> d = new java.util.ArrayDeque<>();
        for (int st = target.state(); st > 0; st = table.parent[st]) {
            d.push(table.thread[st]);
        }
        List<Integer> l = new ArrayList<>(d);
        if (target.thread() >= 0) {
            l.add(target.thread());
        }
        return l;
    }

    /** The full state of a stored state id, rebuilt by replaying its thread choices. */
    int[] stateOf(int id) {
        java.util.Deque<Integer> d = new java.util.ArrayDeque<>();
        for (int st = id; st > 0; st = table.parent[st]) {
            d.push(table.thread[st]);
        }
        Machine m = new Machine(prog);
        ScMemory mem = new ScMemory(prog);
        int[] s = initialState();
        for (int t : d) {
            int[][] ts = threads(s);
            int[] mm = Arrays.copyOf(s, heapSize);
            mem.reset(mm, t);
            Machine.Outcome o = m.step(t, ts[t], mem);
            ts[t] = o.thread;
            s = encode(mm, ts);
        }
        return s;
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private Expansion[] expandBatch(Worker[] workers, ExecutorService pool, List<int[]> frontier, int b, int e,
            int depth, boolean por) throws InterruptedException {
        Expansion[] xs = new Expansion[e - b];
        int nw = workers.length;
        if (pool == null || e - b < 64) {
            for (int i = b; i < e; i++) {
                xs[i - b] = workers[0].expand(frontier.get(i), depth, por);
            }
            return xs;
        }
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 1; w < nw; w++) {
            int ww = w;
            fs.add(pool.submit(() -> {
                for (int i = b + ww; i < e; i += nw) {
                    xs[i - b] = workers[ww].expand(frontier.get(i), depth, por);
                }
            }));
        }
        for (int i = b; i < e; i += nw) {
            xs[i - b] = workers[0].expand(frontier.get(i), depth, por);
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (ExecutionException ex) {
                Throwable c = ex.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(c);
            }
        }
        return xs;
    }

    private void merge(Expansion x, int[] s, int id, int depth, List<int[]> nextFrontier, List<Integer> nextIds) {
        table.enabled[id] = x.enabledMask;
        if (x.kind == Expansion.FINAL) {
            int[][] ts = threads(s);
            outcome(view(Arrays.copyOf(s, heapSize), ts, null), id, -1, depth);
            return;
        }
        if (x.kind == Expansion.DEADLOCK) {
            int[][] ts = threads(s);
            String who = blockedThreads(ts);
            record(new Found(id, -1, "deadlock", "no thread can move: " + who, depth));
            if (violationsCount) {
                outcome(view(Arrays.copyOf(s, heapSize), ts, "deadlock"), id, -1, depth);
            }
            return;
        }
        for (Expansion.Viol v : x.violations) {
            transitions++;
            record(new Found(id, v.thread(), v.kind(), v.message(), depth + 1));
            if (violationsCount && v.state() != null) {
                int[][] ts = threads(v.state());
                outcome(view(Arrays.copyOf(v.state(), heapSize), ts, v.kind()), id, v.thread(), depth + 1);
            }
        }
        for (int k = 0; k < x.succ.size(); k++) {
            int[] enc = x.succ.get(k);
            int t = x.succThread.get(k);
            transitions++;
            int r = table.insert(StateTable.hash1(enc), StateTable.hash2(enc), id, t, depth + 1);
            if (r >= 0) {
                nextFrontier.add(enc);
                nextIds.add(r);
            } else {
                int other = -r - 1;
                edges.add(id, other, t);
                if (table.depth[other] <= depth) {
                    possibleCycle = true;
                }
            }
        }
    }

    String blockedThreads(int[][] ts) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < nAll; t++) {
            if (!Machine.finished(ts[t])) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(threadName(t)).append(" waits");
            }
        }
        return sb.toString();
    }

    String threadName(int t) {
        return t < nThreads ? prog.threads().get(t).name() : "after";
    }

    private void record(Found f) {
        if (targetKind != null) {
            if (target == null && f.kind().equals(targetKind)) {
                target = f;
            }
            return;
        }
        for (Found g : found) {
            if (g.kind().equals(f.kind())) {
                return; // BFS: the first one found is a shortest one
            }
        }
        found.add(f);
    }

    /** Counts an execution for the verdict. */
    private void outcome(FinalView v, int state, int thread, int depth) {
        if (filter != null && !filter.test(v)) {
            return;
        }
        finals++;
        Predicate c = condition != null ? condition : VIOLATED;
        boolean holds = c.test(v);
        if (holds) {
            positive++;
        } else {
            negative++;
        }
        boolean wanted = prog.quantifier() == Ast.Quantifier.FORALL ? !holds : holds;
        if (wanted && depth < witnessDepth) {
            witnessDepth = depth;
            witnessState = state;
            witnessThread = thread;
            witnessParent = state;
        }
    }

    static final Predicate VIOLATED = new Predicate() {
        @Override
        public boolean test(FinalView v) {
            return v.violation() != null;
        }

        @Override
        public boolean mentionsViolation() {
            return true;
        }

        @Override
        public boolean mentionsState() {
            return false;
        }
    };

    // --------------------------------------------------------------- result

    private ExploreResult result(long start, String incomplete, int depth, boolean por) {
        Ast.Verdict verdict;
        if (positive > 0 && negative > 0) {
            verdict = Ast.Verdict.SOMETIMES;
        } else if (incomplete != null) {
            verdict = null;
        } else if (positive == 0) {
            verdict = Ast.Verdict.NEVER;
        } else {
            verdict = Ast.Verdict.ALWAYS;
        }
        TraceBuilder tb = new TraceBuilder(this);
        List<Trace> traces = new ArrayList<>();
        boolean unexpected = false;
        List<String> mentioned = new ArrayList<>();
        if (condition != null) {
            collectViolations(condition, mentioned);
        }
        for (Found f : found) {
            traces.add(tb.violation(f, por && opt.shortest));
            boolean covered = condition == null || mentioned.contains(null) || mentioned.contains(f.kind());
            if (!covered) {
                unexpected = true;
            }
        }
        Trace witness = null;
        if (witnessState >= 0) {
            witness = tb.witness(witnessState, witnessThread);
        }
        return new ExploreResult(verdict, incomplete == null, incomplete, table.size(), transitions, finals, positive,
                negative, System.currentTimeMillis() - start, depth, witness, traces, unexpected, por);
    }

    private static void collectViolations(Predicate p, List<String> out) {
        Predicate.violations(p, out);
    }
}
