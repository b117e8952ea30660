package org.pagelab.engine.lkmm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongBinaryOperator;

/**
 * The memory interface of a thread under axiomatic exploration. A
 * {@link ThreadProgram} (or the scenario interpreter) calls one method per
 * kernel primitive; the builder records the events of linux-kernel.def /
 * herd-representation.txt and asks its {@link Chooser} for the value of every
 * read (and the outcome of spin_trylock / spin_is_locked).
 * <p>
 * Dependencies: every value is a {@link Val} carrying the reads it derives
 * from. Address dependencies are passed as the {@code addr} argument (the
 * deps of the pointer), data dependencies come from the stored value, and
 * control dependencies from {@link #pushCtrl}/{@link #popCtrl} around the
 * branches of an {@code if} (herd7 gives ctrl to the events inside the
 * branches only, not to those after the join).
 */
public final class ThreadBuilder {
    /** Supplies choices: an index in {@code [0, arity)}. */
    @FunctionalInterface
    public interface Chooser {
        int choose(int arity);
    }

    /** The values a read of a location may return. */
    @FunctionalInterface
    public interface Domains {
        long[] values(int loc);

        /**
         * True when no thread other than {@code thread} writes {@code loc}: then
         * coherence leaves a read exactly one value, the thread's own latest
         * write (or the initial value).
         */
        default boolean isPrivate(int thread, int loc) {
            return false;
        }

        /**
         * The values a read of {@code loc} by {@code thread} may take from
         * other threads' writes (and the initial write): by default every value
         * of {@link #values(int)}. The builder adds the thread's own latest
         * write: by coherence a read never takes one of its own thread's later
         * writes, nor the initial value once the thread has written the
         * location (unless another thread writes that value too). Null when
         * the writers are not known: the read then takes {@link #values(int)}.
         */
        default long[] values(int thread, int loc) {
            return null;
        }

        /**
         * True when a read of {@code loc} by {@code thread} that comes after
         * (in program order) a read of {@code a} taken from another thread's
         * write (not the initial write) cannot return {@code b}: every write of {@code b} that thread could
         * read is coherence-before every write of {@code a} (both written by
         * one other thread, each {@code b} program-order-before each
         * {@code a}, or {@code b} the initial value), so reading it would
         * break CoRR. With {@code b == a}: that thread writes {@code a} at
         * most once, so after the reader's own write to the location (which
         * coherence puts after the write it read) {@code a} cannot be read
         * again (CoRW, CoWR). Called only when {@code b} is not the thread's
         * own latest write to the location. False by default (no pruning).
         */
        default boolean coBefore(int thread, int loc, long b, long a) {
            return false;
        }
    }

    /** Raised when a thread produces more events than the budget. */
    public static final class TooManyEvents extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyEvents(String m) {
            super(m);
        }
    }

    /** Per-thread event budget (a loop that never ends on some read values). */
    public static final int MAX_EVENTS = 20_000;

    private final int thread;
    private final Locations locs;
    private final Domains domains;
    private final Chooser chooser;
    private final List<Ev> events = new ArrayList<>();
    private final Map<Integer, Long> ownLast = new java.util.HashMap<>();
    private Val lastRead;
    private final Map<String, Val> regs = new LinkedHashMap<>();
    private final Deque<long[]> ctrl = new ArrayDeque<>();
    private long[] ctrlNow;
    private String origin;

    public ThreadBuilder(int thread, Locations locs, Domains domains, Chooser chooser) {
        this.thread = thread;
        this.locs = locs;
        this.domains = domains;
        this.chooser = chooser;
    }

    public int thread() {
        return thread;
    }

    public Locations locations() {
        return locs;
    }

    /** Sets the source text attached to the following events (for witnesses). */
    public void at(String origin) {
        this.origin = origin;
    }

    // ------------------------------------------------------------------ control

    /** Entering a branch whose condition depends on {@code cond}. */
    public void pushCtrl(long[] cond) {
        ctrl.push(ctrlNow == null ? new long[0] : ctrlNow);
        ctrlNow = Deps.union(ctrlNow, cond);
    }

    /** Leaving the branch entered by the matching {@link #pushCtrl}. */
    public void popCtrl() {
        long[] prev = ctrl.pop();
        ctrlNow = prev.length == 0 ? null : prev;
    }

    // ------------------------------------------------------------------ registers

    /**
     * The value read by the most recent read event (an RMW's read included),
     * with that read as its dependency; null before the first read.
     */
    public Val lastRead() {
        return lastRead;
    }

    /** Records the final value of a register (checked by the condition). */
    public void setReg(String name, Val v) {
        regs.put(name, v);
    }

    public Val reg(String name) {
        return regs.get(name);
    }

    // ------------------------------------------------------------------ accesses

    private int next() {
        if (events.size() >= MAX_EVENTS) {
            throw new TooManyEvents("P" + thread + " executes more than " + MAX_EVENTS
                    + " memory events (an unbounded loop?)");
        }
        return events.size();
    }

    private long pick(int loc) {
        if (domains.isPrivate(thread, loc)) {
            Long own = ownLast.get(loc);
            return own != null ? own : locs.init(loc);
        }
        long[] d = candidates(loc);
        if (d.length == 0) {
            throw new IllegalStateException("no value for " + locs.name(loc));
        }
        d = coherent(loc, d);
        long v = d.length == 1 ? d[0] : d[chooser.choose(d.length)];
        noteRead(loc, v);
        return v;
    }

    /**
     * Per location, the values this thread has read from other threads'
     * writes: not its own latest write, and not the initial value while
     * that could still be read from the initial write (before the thread
     * wrote the location or read another value there: after that, the
     * initial write is coherence-before what it read).
     */
    private final Map<Integer, long[]> readFromOthers = new java.util.HashMap<>();

    /** Per location, the values of {@link #readFromOthers} read before the thread's latest write there. */
    private final Map<Integer, long[]> readBeforeOwnWrite = new java.util.HashMap<>();

    /** The thread wrote {@code loc}: what it read there before is now coherence-before its own write. */
    private void ownWrite(int loc, long value) {
        ownLast.put(loc, value);
        long[] seen = readFromOthers.get(loc);
        if (seen != null) {
            readBeforeOwnWrite.put(loc, seen);
        }
    }

    private void noteRead(int loc, long v) {
        Long own = ownLast.get(loc);
        if (own != null && own == v) {
            return;
        }
        if (own == null && v == locs.init(loc) && !readFromOthers.containsKey(loc)) {
            return; // may be the initial write, which nothing is coherence-before
        }
        long[] seen = readFromOthers.get(loc);
        if (seen == null) {
            readFromOthers.put(loc, new long[] { v });
        } else if (java.util.Arrays.stream(seen).noneMatch(x -> x == v)) {
            long[] n = java.util.Arrays.copyOf(seen, seen.length + 1);
            n[seen.length] = v;
            readFromOthers.put(loc, n);
        }
    }

    /**
     * The candidates a read can still take by per-location coherence (CoRR):
     * drops a value whose writes are all coherence-before the write of a
     * value this thread already read from another thread
     * ({@link Domains#coBefore}). The thread's own latest write is kept.
     * When nothing is left the behaviour cannot happen: {@link Blocked}.
     */
    private long[] coherent(int loc, long[] d) {
        long[] seen = readFromOthers.get(loc);
        if (seen == null) {
            return d;
        }
        long[] passed = readBeforeOwnWrite.get(loc);
        Long own = ownLast.get(loc);
        long[] out = new long[d.length];
        int k = 0;
        for (long b : d) {
            boolean stale = false;
            if (own == null || own != b) {
                for (long a : seen) {
                    if (a != b && domains.coBefore(thread, loc, b, a)) {
                        stale = true;
                        break;
                    }
                }
                // CoRW then CoWR: the write read before the thread's own write is coherence-before it
                for (int j = 0; !stale && passed != null && j < passed.length; j++) {
                    stale = domains.coBefore(thread, loc, b, passed[j]);
                }
            }
            if (!stale) {
                out[k++] = b;
            }
        }
        if (k == 0) {
            throw new Blocked();
        }
        return k == d.length ? d : java.util.Arrays.copyOf(out, k);
    }

    /**
     * The values a read may return: the thread's own latest write to the
     * location (or, before any, the initial value) first, then the values
     * other threads write there ({@link Domains#values(int, int)}).
     */
    private long[] candidates(int loc) {
        long[] d = domains.values(thread, loc);
        if (d == null) {
            return domains.values(loc);
        }
        Long own = ownLast.get(loc);
        return Explorer.initFirst(d, own != null ? own : locs.init(loc));
    }

    private void add(Ev e) {
        events.add(e);
        if (e.isRead()) {
            lastRead = new Val(e.value, Deps.single(events.size() - 1));
        }
        if (e.kind == Ev.Kind.WRITE) {
            ownWrite(e.loc, e.value);
        }
    }

    /** A read (READ_ONCE, smp_load_acquire, rcu_dereference, or a plain read). */
    public Val read(int loc, Access a, long[] addr) {
        int i = next();
        long v = pick(loc);
        add(new Ev(Ev.Kind.READ, thread, i, loc, v, a, null, false, false, -1, addr, null, ctrlNow, origin));
        return new Val(v, Deps.single(i));
    }

    /** A write (WRITE_ONCE, smp_store_release, rcu_assign_pointer, or plain). */
    public void write(int loc, Val v, Access a, long[] addr) {
        int i = next();
        add(new Ev(Ev.Kind.WRITE, thread, i, loc, v.value(), a, null, false, false, -1, addr, v.deps(), ctrlNow,
                origin));
    }

    /** A fence (smp_mb, smp_rmb, rcu_read_lock, synchronize_rcu, ...). */
    public void fence(FenceKind k) {
        int i = next();
        add(new Ev(Ev.Kind.FENCE, thread, i, -1, 0, null, k, false, false, -1, null, null, ctrlNow, origin));
    }

    /**
     * xchg and its variants: R -rmw-> W, both tagged with {@code order}
     * (ONCE for _relaxed, ACQUIRE, RELEASE, MB for the plain name). Returns
     * the old value.
     */
    public Val xchg(int loc, Val v, Access order, long[] addr) {
        int r = next();
        long old = pick(loc);
        add(new Ev(Ev.Kind.READ, thread, r, loc, old, order, null, true, false, r + 1, addr, null, ctrlNow, origin));
        add(new Ev(Ev.Kind.WRITE, thread, r + 1, loc, v.value(), order, null, true, false, -1, addr, v.deps(), ctrlNow,
                origin));
        return new Val(old, Deps.single(r));
    }

    /**
     * cmpxchg and its variants. On success (the value read equals
     * {@code expected}) R -rmw-> W of {@code nw}; on failure a lone read (a
     * FailedRMW, which carries no ordering). Returns the value read.
     */
    public Val cmpxchg(int loc, Val expected, Val nw, Access order, long[] addr) {
        int r = next();
        long old = pick(loc);
        if (old == expected.value()) {
            add(new Ev(Ev.Kind.READ, thread, r, loc, old, order, null, true, false, r + 1, addr, null, ctrlNow,
                    origin));
            add(new Ev(Ev.Kind.WRITE, thread, r + 1, loc, nw.value(), order, null, true, false, -1, addr, nw.deps(),
                    ctrlNow, origin));
        } else {
            add(new Ev(Ev.Kind.READ, thread, r, loc, old, order, null, true, true, -1, addr, null, ctrlNow, origin));
        }
        return new Val(old, Deps.single(r));
    }

    /** What an atomic operation returns. */
    public enum Returns {
        /** atomic_inc, atomic_add, ...: nothing (the read is tagged NORETURN). */
        NOTHING,
        /** atomic_*_return: the new value. */
        NEW,
        /** atomic_fetch_*: the old value. */
        OLD
    }

    /**
     * An atomic read-modify-write computing {@code f(old, operand)}. The
     * write's value depends on the read (and on the operand).
     */
    public Val atomicOp(int loc, LongBinaryOperator f, Val operand, Access order, Returns ret, long[] addr) {
        int r = next();
        long old = pick(loc);
        long nv = f.applyAsLong(old, operand.value());
        Access a = ret == Returns.NOTHING ? Access.NORETURN : order;
        add(new Ev(Ev.Kind.READ, thread, r, loc, old, a, null, true, false, r + 1, addr, null, ctrlNow, origin));
        long[] data = Deps.union(Deps.single(r), operand.deps());
        add(new Ev(Ev.Kind.WRITE, thread, r + 1, loc, nv, a, null, true, false, -1, addr, data, ctrlNow, origin));
        return switch (ret) {
            case NOTHING -> null;
            case NEW -> new Val(nv, data);
            case OLD -> new Val(old, Deps.single(r));
        };
    }

    /**
     * atomic_add_unless(X, V, U) (fully ordered on success): adds {@code add}
     * unless the value is {@code unless}; returns 1 if it added, else 0.
     */
    public Val addUnless(int loc, Val add, Val unless, long[] addr) {
        int r = next();
        long old = pick(loc);
        if (old != unless.value()) {
            add(new Ev(Ev.Kind.READ, thread, r, loc, old, Access.MB, null, true, false, r + 1, addr, null, ctrlNow,
                    origin));
            long[] data = Deps.union(Deps.single(r), add.deps());
            add(new Ev(Ev.Kind.WRITE, thread, r + 1, loc, old + add.value(), Access.MB, null, true, false, -1, addr,
                    data, ctrlNow, origin));
            return new Val(1, Deps.single(r));
        }
        add(new Ev(Ev.Kind.READ, thread, r, loc, old, Access.MB, null, true, true, -1, addr, null, ctrlNow, origin));
        return new Val(0, Deps.single(r));
    }

    // ------------------------------------------------------------------ waiting

    /**
     * Thrown when a thread would wait forever: no value its wait can read
     * satisfies the wait's condition. The behaviour is dropped, as herd7
     * keeps only the executions in which every thread finishes.
     */
    public static final class Blocked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Blocked() {
            super("blocked", null, false, false);
        }
    }

    private long pickWhere(int loc, java.util.function.LongPredicate ok) {
        if (domains.isPrivate(thread, loc)) {
            Long own = ownLast.get(loc);
            long v = own != null ? own : locs.init(loc);
            if (!ok.test(v)) {
                throw new Blocked();
            }
            return v;
        }
        long[] d = candidates(loc);
        long[] good = java.util.Arrays.stream(d).filter(ok).toArray();
        if (good.length == 0) {
            throw new Blocked();
        }
        good = coherent(loc, good);
        long v = good.length == 1 ? good[0] : good[chooser.choose(good.length)];
        noteRead(loc, v);
        return v;
    }

    /**
     * A spin-wait ending with a read that satisfies {@code ok} (the read that
     * lets the thread go on; the earlier failed polls are not events, as in a
     * litmus test's filtered loop): wait_on_bit, wait_event, ...
     */
    public Val awaitRead(int loc, Access a, java.util.function.LongPredicate ok, long[] addr) {
        int i = next();
        long v = pickWhere(loc, ok);
        add(new Ev(Ev.Kind.READ, thread, i, loc, v, a, null, false, false, -1, addr, null, ctrlNow, origin));
        return new Val(v, Deps.single(i));
    }

    /**
     * A waiting RMW: reads a value satisfying {@code ok} and writes
     * {@code f(old)}, both tagged {@code order} (test_and_set_bit_lock for a
     * bit lock is ACQUIRE, a down_read / down_write count update likewise).
     */
    public Val awaitRmw(int loc, java.util.function.LongPredicate ok, java.util.function.LongUnaryOperator f,
            Access order, long[] addr) {
        int r = next();
        long old = pickWhere(loc, ok);
        add(new Ev(Ev.Kind.READ, thread, r, loc, old, order, null, true, false, r + 1, addr, null, ctrlNow, origin));
        add(new Ev(Ev.Kind.WRITE, thread, r + 1, loc, f.applyAsLong(old), order, null, true, false, -1, addr,
                Deps.single(r), ctrlNow, origin));
        return new Val(old, Deps.single(r));
    }

    /**
     * Sets the current control dependencies directly (for interpreters that
     * track the reads feeding enclosing branch conditions themselves).
     */
    public void setCtrl(long[] deps) {
        ctrlNow = deps == null || Bits.isEmpty(deps) ? null : deps;
    }

    // ------------------------------------------------------------------ locks

    /** spin_lock: LKR -po-> LKW. */
    public void lock(int loc) {
        int r = next();
        add(new Ev(Ev.Kind.LOCK_READ, thread, r, loc, 0, null, null, false, false, -1, null, null, ctrlNow, origin));
        add(new Ev(Ev.Kind.LOCK_WRITE, thread, r + 1, loc, 1, null, null, false, false, -1, null, null, ctrlNow,
                origin));
    }

    /** spin_unlock: UL. */
    public void unlock(int loc) {
        int i = next();
        add(new Ev(Ev.Kind.UNLOCK, thread, i, loc, 0, null, null, false, false, -1, null, null, ctrlNow, origin));
    }

    /** spin_trylock: LKR, LKW and 1 on success; LF and 0 on failure (constants: no dependency). */
    public Val trylock(int loc) {
        if (chooser.choose(2) == 0) {
            lock(loc);
            return Val.of(1);
        }
        int i = next();
        add(new Ev(Ev.Kind.LOCK_FAIL, thread, i, loc, 1, null, null, false, false, -1, null, null, ctrlNow, origin));
        return Val.of(0);
    }

    /** spin_is_locked: RL and 1, or RU and 0. */
    public Val isLocked(int loc) {
        int i = next();
        if (chooser.choose(2) == 0) {
            add(new Ev(Ev.Kind.READ_LOCKED, thread, i, loc, 1, null, null, false, false, -1, null, null, ctrlNow,
                    origin));
            return Val.of(1);
        }
        add(new Ev(Ev.Kind.READ_UNLOCKED, thread, i, loc, 0, null, null, false, false, -1, null, null, ctrlNow,
                origin));
        return Val.of(0);
    }

    // ------------------------------------------------------------------ SRCU

    /** srcu_read_lock / srcu_down_read: a read of the srcu_struct, returning the cookie. */
    public Val srcuLock(int loc, long[] addr) {
        return read(loc, Access.SRCU_LOCK, addr);
    }

    /** srcu_read_unlock / srcu_up_read: a write of the cookie to the srcu_struct. */
    public void srcuUnlock(int loc, Val cookie, long[] addr) {
        write(loc, cookie, Access.SRCU_UNLOCK, addr);
    }

    /** synchronize_srcu: a grace period on the srcu_struct. */
    public void syncSrcu(int loc) {
        int i = next();
        add(new Ev(Ev.Kind.SYNC_SRCU, thread, i, loc, 0, null, null, false, false, -1, null, null, ctrlNow, origin));
    }

    // ------------------------------------------------------------------ for interpreters with their own events

    /**
     * The value the next read of {@code loc} returns (the explorer's choice,
     * or, for a location no other thread writes, the thread's own last write
     * or the initial value). For interpreters that make their events
     * themselves and add them with {@link #addEvent}.
     */
    public long choose(int loc) {
        return pick(loc);
    }

    /** Tells the builder about a write the thread made (for {@link #choose}). */
    public void noteOwnWrite(int loc, long value) {
        ownWrite(loc, value);
    }

    /**
     * Appends an event made by the interpreter; its {@code local} index must
     * be the next one.
     */
    public void addEvent(Ev e) {
        if (e.local != events.size() || e.thread != thread) {
            throw new IllegalArgumentException("event " + e + " out of order in P" + thread);
        }
        next();
        add(e);
    }

    // ------------------------------------------------------------------ result

    /** The recorded behaviour. */
    public ThreadTrace finish() {
        Map<String, Long> finals = new LinkedHashMap<>();
        for (Map.Entry<String, Val> e : regs.entrySet()) {
            finals.put(e.getKey(), e.getValue().value());
        }
        return new ThreadTrace(thread, events.toArray(new Ev[0]), finals, violation);
    }

    private String violation;

    /** The thread stopped at a violation ("kind: message") after the events made so far. */
    public void stoppedAt(String violation) {
        this.violation = violation;
    }
}
