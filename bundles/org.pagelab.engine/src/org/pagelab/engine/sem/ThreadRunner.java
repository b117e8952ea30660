package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.pagelab.engine.lang.Pos;

/**
 * Runs one thread of a program in isolation, herd-style, for axiomatic
 * memory models: the caller decides the value every read returns, and gets
 * back the thread's events in program order, each with its ordering
 * annotation, location, value and the reads its address, data and control
 * depend on, plus the thread's final registers.
 *
 * <pre>
 * ThreadRunner tr = new ThreadRunner(program);
 * ThreadRunner.Run r = tr.run(0, ev -&gt; 1, 64);            // every read returns 1
 * List&lt;ThreadRunner.Run&gt; all = tr.enumerate(0, cell -&gt; new int[] {0, 1}, 1000);
 * </pre>
 *
 * Lock acquisitions appear as a read (annot LOCK, the model must make it
 * read "unlocked") followed by a write; spin loops run until the oracle's
 * values let them exit or {@code maxEvents} is reached (the run is then
 * marked cut, as herd unrolls loops a bounded number of times).
 */
public final class ThreadRunner {
    /** What an event does. */
    public enum Kind {
        READ, WRITE, FENCE
    }

    /**
     * One event. For an RMW the write carries {@code rmwRead}, the index of
     * its read half; a failed cmpxchg has a read only. Dependency sets are
     * bit sets over event indexes (bit i of word i / 64 set when the event
     * depends on event i, a read), null when empty.
     */
    public record Event(int index, Kind kind, Annot annot, int cell, String location, int value, int rmwRead,
            long[] addrDeps, long[] dataDeps, long[] ctrlDeps, Pos pos, String text) {

        /** Whether the address / data / control of this event depends on event {@code i}. */
        public static boolean has(long[] deps, int i) {
            return deps != null && (i >>> 6) < deps.length && (deps[i >>> 6] & (1L << i)) != 0;
        }
    }

    /**
     * The events of one run, the final named registers, whether it ran to the
     * end, the violation that stopped it (or null), and why it was cut (the
     * event or read limit), or null.
     */
    public record Run(List<Event> events, Map<String, Integer> registers, boolean complete, String violation,
            String cut) {
    }

    /**
     * Reads one run may make: the engine tracks dependencies in 64-bit masks
     * with one bit per read (not per event), so a thread may make more events
     * than this as long as it reads at most this many times.
     */
    public static final int MAX_READS = 64;

    /** Supplies read values: given the read being made (value field unset), the value it returns. */
    @FunctionalInterface
    public interface Oracle {
        int read(Event read);

        /**
         * Called for every event as it is recorded, in program order (an
         * axiomatic model uses it to see the thread's own earlier writes
         * when it chooses the value of a read).
         */
        default void added(Event e) {
        }
    }

    private final Program prog;

    public ThreadRunner(Program prog) {
        this.prog = prog;
    }

    /** Runs thread {@code index} (threadCount() for the after block) once. */
    public Run run(int index, Oracle oracle, int maxEvents) {
        Program.ThreadInfo ti = index == prog.threadCount() ? prog.after() : prog.threads().get(index);
        Machine m = new Machine(prog);
        m.enableTaint();
        m.setFencesAreEvents(true);
        Iso mem = new Iso(m, oracle, maxEvents);
        int[] t = ti.initialState();
        String violation = null;
        String cut = null;
        boolean complete = false;
        try {
            while (true) {
                Machine.Outcome o = m.step(index, t, mem);
                if (o.kind == Machine.Kind.BLOCKED) {
                    break;
                }
                t = o.thread;
                if (o.kind == Machine.Kind.VIOLATION) {
                    violation = o.violation.kind + ": " + o.violation.getMessage();
                    break;
                }
                if (o.kind == Machine.Kind.FINISHED) {
                    complete = true;
                    break;
                }
            }
        } catch (Cut c) {
            complete = false;
            cut = c.why;
        }
        Map<String, Integer> regs = new LinkedHashMap<>();
        Code root = ti.code();
        for (int i = root.nparams; i < root.nlocals(); i++) {
            String n = root.localNames[i];
            if (n != null && !regs.containsKey(n)) {
                regs.put(n, Machine.rootLocal(t, i));
            }
        }
        return new Run(Collections.unmodifiableList(mem.events), regs, complete, violation, cut);
    }

    /**
     * Every run of a thread when each read may return any of
     * {@code candidates.apply(cell)} (at most {@code maxRuns} runs).
     */
    public List<Run> enumerate(int index, IntFunction<int[]> candidates, int maxRuns) {
        List<Run> out = new ArrayList<>();
        List<Integer> choice = new ArrayList<>();
        List<Integer> arity = new ArrayList<>();
        while (out.size() < maxRuns) {
            int[] pos = {0};
            List<Integer> ar = new ArrayList<>();
            Run r = run(index, ev -> {
                int[] c = candidates.apply(ev.cell());
                int k = pos[0]++;
                int pick = k < choice.size() ? choice.get(k) : 0;
                ar.add(c.length);
                return c.length == 0 ? 0 : c[Math.min(pick, c.length - 1)];
            }, 64);
            out.add(r);
            arity.clear();
            arity.addAll(ar);
            while (choice.size() < arity.size()) {
                choice.add(0);
            }
            while (choice.size() > arity.size()) {
                choice.remove(choice.size() - 1);
            }
            int k = choice.size() - 1;
            while (k >= 0 && choice.get(k) + 1 >= arity.get(k)) {
                k--;
            }
            if (k < 0) {
                break;
            }
            choice.set(k, choice.get(k) + 1);
            while (choice.size() > k + 1) {
                choice.remove(choice.size() - 1);
            }
        }
        return out;
    }

    private static final class Cut extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String why;

        Cut(String why) {
            super("cut", null, false, false);
            this.why = why;
        }
    }

    /** Collects events; reads ask the oracle. */
    private final class Iso implements Memory {
        final Machine m;
        final Oracle oracle;
        final int max;
        final List<Event> events = new ArrayList<>();
        final int[] init = prog.initialMemory();
        /** readEvent[k]: the event index of the read that owns taint bit k. */
        final int[] readEvent = new int[MAX_READS];
        int reads;

        Iso(Machine m, Oracle oracle, int max) {
            this.m = m;
            this.oracle = oracle;
            this.max = max;
        }

        private Event add(Kind k, Annot a, int cell, int value, int rmwRead, Insn at) {
            if (events.size() >= max) {
                throw new Cut("more than " + max + " events");
            }
            Event e = new Event(events.size(), k, a, cell, cell < 0 ? null : prog.heap().describe(cell), value, rmwRead,
                    deps(m.addrTaint), deps(m.dataTaint), deps(m.ctrlTaint), at.pos, at.text);
            events.add(e);
            oracle.added(e);
            return e;
        }

        private int read(int cell, Annot a, Insn at) {
            if (reads >= MAX_READS) {
                throw new Cut("more than " + MAX_READS + " reads");
            }
            Event probe = new Event(events.size(), Kind.READ, a, cell, prog.heap().describe(cell), 0, -1,
                    deps(m.addrTaint), null, deps(m.ctrlTaint), at.pos, at.text);
            int v = oracle.read(probe);
            Event e = add(Kind.READ, a, cell, v, -1, at);
            readEvent[reads] = e.index();
            m.loadBit = 1L << reads;
            reads++;
            return v;
        }

        /** A taint mask (one bit per read) as a dependency set over event indexes. */
        private long[] deps(long taint) {
            if (taint == 0) {
                return null;
            }
            long[] d = new long[(events.size() >>> 6) + 1];
            for (long t = taint; t != 0; t &= t - 1) {
                int ev = readEvent[Long.numberOfTrailingZeros(t)];
                d[ev >>> 6] |= 1L << ev;
            }
            return d;
        }

        @Override
        public int load(int cell, Annot annot, Insn at) {
            return read(cell, annot, at);
        }

        @Override
        public void store(int cell, int value, Annot annot, Insn at) {
            add(Kind.WRITE, annot, cell, value, -1, at);
        }

        @Override
        public int rmw(int cell, RmwOp op, int operand, int operand2, Annot annot, Insn at) {
            int old = read(cell, annot, at);
            int r = events.size() - 1;
            long bit = m.loadBit;
            long nv = op.apply(old, operand, operand2);
            if (nv != RmwOp.NO_WRITE) {
                add(Kind.WRITE, annot, cell, (int) nv, r, at);
            }
            m.loadBit = bit;
            return old;
        }

        @Override
        public int fence(Annot annot, int cell, int value, int phase, Insn at) {
            if (phase == 1) {
                return 0;
            }
            if (annot == Annot.SRCU_LOCK) {
                return read(cell, annot, at);
            }
            if (annot == Annot.SRCU_UNLOCK) {
                add(Kind.WRITE, annot, cell, value, -1, at);
                return 0;
            }
            add(Kind.FENCE, annot, cell, 0, -1, at);
            return 0;
        }

        /**
         * A lock acquisition reads the lock word; a value showing the lock held
         * cannot be the read that acquires it, so the run blocks there (the
         * behaviour is dropped: herd7's lock events, too, read "unlocked").
         */
        @Override
        public boolean lock(int cell, int kind, int mask, int tid, Insn at) {
            int old = read(cell, Annot.LOCK, at);
            int r = events.size() - 1;
            if (!free(kind, old, mask)) {
                return false;
            }
            add(Kind.WRITE, Annot.LOCK, cell, held(kind, old, mask, tid), r, at);
            return true;
        }

        /** The lock word once acquired. */
        private static int held(int kind, int old, int mask, int tid) {
            return kind == Op.LK_BIT ? old | mask : kind == Op.LK_READ ? old + 1 : kind == Op.LK_WRITE ? -1 : tid + 1;
        }

        private static boolean free(int kind, int old, int mask) {
            return kind == Op.LK_BIT ? (old & mask) == 0 : kind == Op.LK_READ ? old >= 0 : old == 0;
        }

        /**
         * Spin and write locks store 0 (release). A bit lock clears its bit and a
         * read lock drops one reader with an atomic RMW whose write is a release
         * (clear_bit_unlock(), up_read()), keeping the other bits of the word.
         */
        @Override
        public void unlock(int cell, int kind, int mask, int tid, Insn at) {
            if (kind == Op.LK_BIT || kind == Op.LK_READ) {
                int old = read(cell, Annot.RELAXED, at);
                int r = events.size() - 1;
                long bit = m.loadBit;
                add(Kind.WRITE, Annot.UNLOCK, cell, kind == Op.LK_BIT ? old & ~mask : old - 1, r, at);
                m.loadBit = bit;
                return;
            }
            add(Kind.WRITE, Annot.UNLOCK, cell, 0, -1, at);
        }

        @Override
        public boolean trylock(int cell, int kind, int mask, int tid, Insn at) {
            int old = read(cell, Annot.LOCK, at);
            boolean free = free(kind, old, mask);
            if (free) {
                add(Kind.WRITE, Annot.LOCK, cell, held(kind, old, mask, tid), events.size() - 1, at);
            }
            return free;
        }

        @Override
        public boolean await(int cell, int mask, int expected, Insn at) {
            int v = read(cell, Annot.ACQUIRE, at);
            return (v & mask) == expected;
        }

        @Override
        public int peek(int cell) {
            return init[cell];
        }
    }
}
