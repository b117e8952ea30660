package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.sem.Annot;
import org.pagelab.engine.sem.Code;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Insn;
import org.pagelab.engine.sem.Op;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.ThreadRunner;

/**
 * Connects the scenario language to the axiomatic models: a compiled
 * {@link Program} (the engine's thread code, litmus tests and scenarios alike)
 * becomes a {@link LitmusTest}. Each thread runs in isolation on the engine's
 * {@link ThreadRunner}, which asks this adapter for the value of every read
 * and reports the events with their annotations and dependency masks; they
 * are translated to the events of linux-kernel.def:
 * <ul>
 * <li>cells become locations on first use (named as the engine prints them:
 * {@code x}, {@code P->_refcount});</li>
 * <li>spin_lock on a {@code spinlock_t} is LKR/LKW, spin_unlock UL, a failed
 * spin_trylock LF; other locks (page bit locks, rwsems) are RMWs with
 * acquire / release ordering on their cell;</li>
 * <li>annotations map one to one (rcu_dereference is once, rcu_assign_pointer
 * release); the read of a value-less atomic (atomic_inc, set_bit...) is
 * NORETURN; a read left without its write by a failed cmpxchg or
 * add_unless is a FailedRMW.</li>
 * </ul>
 */
public final class ProgramTests {
    /**
     * Events one isolated run may make (a bound on loops that never exit for
     * some read values); besides, a run may read at most
     * {@link ThreadRunner#MAX_READS} times (the engine's dependency masks
     * have one bit per read).
     */
    public static final int MAX_THREAD_EVENTS = 4096;

    private ProgramTests() {
    }

    /** Raised when a thread makes more events than {@link #MAX_THREAD_EVENTS} or more reads than the engine tracks. */
    public static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong(String m) {
            super(m);
        }
    }

    /** The test for a compiled scenario or litmus file. */
    public static LitmusTest of(Program prog) throws ScenarioException {
        Ast.Scenario sc = prog.scenario();
        if (sc.condition() == null) {
            throw new ScenarioException(Diagnostic.error(sc.file(), sc.namePos(),
                    "an axiomatic model needs a final condition (exists, ~exists or forall)"));
        }
        if (sc.after() != null && !sc.after().stmts().isEmpty()) {
            throw new ScenarioException(Diagnostic.error(sc.file(), sc.after().pos(),
                    "an axiomatic model does not run the 'after' block (its asserts are checked by the SC "
                            + "explorer only); state the outcome in the final condition with registers and "
                            + "final memory values"));
        }
        Heap heap = prog.heap();
        Locations locs = new Locations();
        Map<Integer, Integer> cellLoc = new HashMap<>();
        Map<Integer, Integer> locCell = new HashMap<>();
        java.util.function.IntUnaryOperator locOf = cell -> cellLoc.computeIfAbsent(cell, c -> {
            // the field's type for a struct member (struct pmd's spinlock_t ptl), else the object's
            org.pagelab.engine.sem.StructType.Field field = heap.fieldOf(c);
            String type = field != null && field.type().pointers() == 0 ? field.type().name()
                    : String.valueOf(heap.objectAt(c).type);
            Locations.Kind k = type.contains("spinlock") ? Locations.Kind.SPINLOCK
                    : type.contains("srcu") ? Locations.Kind.SRCU : Locations.Kind.PLAIN;
            int l = locs.add(heap.describe(c), prog.initialMemory()[c], k);
            locCell.put(l, c);
            return l;
        });
        locs.setFormatter(v -> v >= Heap.PTR_BASE && v - Heap.PTR_BASE < heap.size()
                ? heap.describe((int) (v - Heap.PTR_BASE)) : Long.toString(v));
        ThreadRunner runner = new ThreadRunner(prog);
        List<ThreadProgram> threads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Program.ThreadInfo ti : prog.threads()) {
            names.add(ti.name() != null ? ti.name() : "P" + ti.index());
            threads.add(tb -> runThread(runner, ti.index(), tb, locOf, locs));
        }
        CondBridge.Resolver res = new CondBridge.Resolver() {
            @Override
            public int thread(String ref) {
                for (Program.ThreadInfo ti : prog.threads()) {
                    if (String.valueOf(ti.index()).equals(ref) || ref.equals(ti.name())) {
                        return ti.index();
                    }
                }
                return -1;
            }

            @Override
            public int location(String name) {
                Heap.Obj o = heap.byName(name);
                return o == null ? -1 : locOf.applyAsInt(o.base);
            }

            @Override
            public Long constant(String name) {
                Integer k = prog.constant(name);
                return k == null ? null : (long) k;
            }

            @Override
            public long address(int loc) {
                return Heap.PTR_BASE + locCell.get(loc);
            }
        };
        CondBridge cb = new CondBridge(sc.file(), res);
        Prop p = cb.prop(sc.condition().cond());
        Prop f = sc.filter() == null ? null : cb.prop(sc.filter());
        LitmusTest.Quantifier q = switch (sc.condition().quantifier()) {
            case EXISTS -> LitmusTest.Quantifier.EXISTS;
            case NOT_EXISTS -> LitmusTest.Quantifier.NOT_EXISTS;
            case FORALL -> LitmusTest.Quantifier.FORALL;
        };
        TreeSet<Long> consts = new TreeSet<>();
        for (Code c : prog.allCode()) {
            for (Insn in : c.insns()) {
                if (in.op == Op.CONST) {
                    consts.add((long) in.b);
                }
            }
        }
        return new LitmusTest(sc.name(), locs, threads, names, q, p, f,
                consts.stream().mapToLong(Long::longValue).toArray());
    }

    private static void runThread(ThreadRunner runner, int index, ThreadBuilder tb,
            java.util.function.IntUnaryOperator locOf, Locations locs) {
        ThreadRunner.Oracle oracle = new ThreadRunner.Oracle() {
            @Override
            public int read(ThreadRunner.Event probe) {
                if (probe.annot() == Annot.LOCK && locs.kind(locOf.applyAsInt(probe.cell())) == Locations.Kind.SPINLOCK) {
                    return 0; // spin_lock reads "unlocked" (lock.cat orders lock events by co)
                }
                return (int) tb.choose(locOf.applyAsInt(probe.cell()));
            }

            @Override
            public void added(ThreadRunner.Event e) {
                if (e.kind() == ThreadRunner.Kind.WRITE) {
                    tb.noteOwnWrite(locOf.applyAsInt(e.cell()), e.value());
                }
            }
        };
        ThreadRunner.Run run = runner.run(index, oracle, MAX_THREAD_EVENTS);
        if (!run.complete()) {
            if (run.violation() != null) {
                // kept: the explorer looks for an allowed execution in which it happens
                translate(run.events(), tb, locOf, locs);
                for (Map.Entry<String, Integer> r : run.registers().entrySet()) {
                    tb.setReg(r.getKey(), Val.of(r.getValue()));
                }
                tb.stoppedAt(run.violation());
                return;
            }
            if (run.cut() != null) {
                throw new TooLong("P" + index + " makes " + run.cut() + " in one run (an axiomatic model tracks "
                        + "the dependencies of at most " + ThreadRunner.MAX_READS + " reads per thread)");
            }
            throw new ThreadBuilder.Blocked();
        }
        translate(run.events(), tb, locOf, locs);
        for (Map.Entry<String, Integer> r : run.registers().entrySet()) {
            tb.setReg(r.getKey(), Val.of(r.getValue()));
        }
    }

    /** The engine's events of one run as linux-kernel.def events. */
    static void translate(List<ThreadRunner.Event> evs, ThreadBuilder tb, java.util.function.IntUnaryOperator locOf,
            Locations locs) {
        int n = evs.size();
        int[] partner = new int[n];
        java.util.Arrays.fill(partner, -1);
        for (ThreadRunner.Event e : evs) {
            if (e.kind() == ThreadRunner.Kind.WRITE && e.rmwRead() >= 0) {
                partner[e.rmwRead()] = e.index();
            }
        }
        for (ThreadRunner.Event e : evs) {
            int i = e.index();
            long[] addr = e.addrDeps();
            long[] data = e.dataDeps();
            long[] ctrl = e.ctrlDeps();
            String origin = (e.pos() == null ? "" : e.pos().line() + ": ") + (e.text() == null ? "" : e.text());
            Annot a = e.annot();
            switch (e.kind()) {
                case FENCE -> {
                    if (a == Annot.SYNC_SRCU) {
                        tb.addEvent(new Ev(Ev.Kind.SYNC_SRCU, tb.thread(), i, locOf.applyAsInt(e.cell()), 0, null, null,
                                false, false, -1, addr, null, ctrl, origin));
                    } else {
                        tb.addEvent(new Ev(Ev.Kind.FENCE, tb.thread(), i, -1, 0, null, fence(a, e), false, false, -1,
                                null, null, ctrl, origin));
                    }
                }
                case READ -> {
                    int loc = locOf.applyAsInt(e.cell());
                    boolean spin = locs.kind(loc) == Locations.Kind.SPINLOCK;
                    if (a == Annot.LOCK && spin) {
                        Ev.Kind k = partner[i] >= 0 ? Ev.Kind.LOCK_READ : Ev.Kind.LOCK_FAIL;
                        tb.addEvent(new Ev(k, tb.thread(), i, loc, e.value(), null, null, false, false, -1, addr, null,
                                ctrl, origin));
                        break;
                    }
                    boolean rmw = partner[i] >= 0 || isRmwRead(a, e.text());
                    Access acc = access(a, e.text(), true);
                    tb.addEvent(new Ev(Ev.Kind.READ, tb.thread(), i, loc, e.value(), acc, null, rmw,
                            rmw && partner[i] < 0, partner[i], addr, null, ctrl, origin));
                }
                case WRITE -> {
                    int loc = locOf.applyAsInt(e.cell());
                    boolean spin = locs.kind(loc) == Locations.Kind.SPINLOCK;
                    if (spin && (a == Annot.LOCK || a == Annot.UNLOCK)) {
                        Ev.Kind k = a == Annot.LOCK ? Ev.Kind.LOCK_WRITE : Ev.Kind.UNLOCK;
                        tb.addEvent(new Ev(k, tb.thread(), i, loc, e.value(), null, null, false, false, -1, addr, null,
                                ctrl, origin));
                        break;
                    }
                    boolean rmw = e.rmwRead() >= 0;
                    Access acc = rmw ? access(evs.get(e.rmwRead()).annot(), evs.get(e.rmwRead()).text(), true)
                            : access(a, e.text(), false);
                    if (a == Annot.UNLOCK) {
                        acc = Access.RELEASE;
                    }
                    tb.addEvent(new Ev(Ev.Kind.WRITE, tb.thread(), i, loc, e.value(), acc, null, rmw, false, -1, addr,
                            data, ctrl, origin));
                }
            }
        }
    }

    /** Value-less atomics: their read is NORETURN (linux-kernel.def __atomic_op{NORETURN}). */
    private static final String[] NORETURN = { "atomic_inc(", "atomic_dec(", "atomic_add(", "atomic_sub(",
        "atomic_and(", "atomic_or(", "atomic_xor(", "atomic_andnot(", "set_bit(", "clear_bit(", "change_bit(" };

    private static boolean startsWithAny(String text, String[] prefixes) {
        if (text == null) {
            return false;
        }
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** A read with no write that is still an RMW instruction's: a failed conditional RMW. */
    private static boolean isRmwRead(Annot a, String text) {
        return a == Annot.MB || a == Annot.RELAXED || a == Annot.LOCK
                || text != null && (text.contains("cmpxchg") || text.contains("add_unless")
                        || text.contains("inc_not_zero") || text.contains("trylock"));
    }

    private static Access access(Annot a, String text, boolean read) {
        return switch (a) {
            case PLAIN -> Access.PLAIN;
            case ONCE, RCU_DEREF -> Access.ONCE;
            case RELAXED -> startsWithAny(text, NORETURN) ? Access.NORETURN : Access.ONCE;
            case ACQUIRE, LOCK -> Access.ACQUIRE;
            case RELEASE, RCU_ASSIGN, UNLOCK -> Access.RELEASE;
            case MB -> Access.MB;
            case SRCU_LOCK -> Access.SRCU_LOCK;
            case SRCU_UNLOCK -> Access.SRCU_UNLOCK;
            default -> Access.ONCE;
        };
    }

    private static FenceKind fence(Annot a, ThreadRunner.Event e) {
        return switch (a) {
            case F_MB -> FenceKind.MB;
            case F_RMB -> FenceKind.RMB;
            case F_WMB -> FenceKind.WMB;
            case F_BEFORE_ATOMIC -> FenceKind.BEFORE_ATOMIC;
            case F_AFTER_ATOMIC -> FenceKind.AFTER_ATOMIC;
            case F_AFTER_SPINLOCK -> FenceKind.AFTER_SPINLOCK;
            case F_AFTER_UNLOCK_LOCK -> FenceKind.AFTER_UNLOCK_LOCK;
            case F_AFTER_SRCU_READ_UNLOCK -> FenceKind.AFTER_SRCU_READ_UNLOCK;
            case F_RCU_LOCK -> FenceKind.RCU_LOCK;
            case F_RCU_UNLOCK -> FenceKind.RCU_UNLOCK;
            case F_SYNC_RCU -> FenceKind.SYNC_RCU;
            default -> FenceKind.BARRIER;
        };
    }
}
