package org.pagelab.engine.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.sem.Builtin;
import org.pagelab.engine.sem.Code;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Insn;
import org.pagelab.engine.sem.Op;
import org.pagelab.engine.sem.Program;

/**
 * A static over-approximation of the MM objects each thread may read and
 * write from its start to its end: an Andersen-style points-to analysis over
 * the compiled code, flow-insensitive, with one context per thread (so that
 * two threads calling try_to_unmap_one on different pages stay apart). Every
 * value carries the set of objects it may refer to (pointers, page frame
 * numbers in PTE words), through arithmetic, memory (one abstract content per
 * object) and calls. Java builtins (the MMU, DMA) are assumed to touch
 * anything reachable from their arguments. A memory access through an
 * address of unknown origin makes the thread touch everything.
 *
 * <p>The partial-order reduction uses these sets as the "future" of a thread.
 * They also include what the built-in invariant checks of the thread's steps
 * may read (objects its writes refer to, and the objects that may refer to
 * what it writes).
 */
final class Footprints {
    final BitSet[] read;
    final BitSet[] write;
    final BitSet[] content;
    final int nObj;
    private final Program prog;
    private final Heap heap;
    private final ValueRefs refs;
    private boolean changed;

    private Footprints(Program prog, ValueRefs refs) {
        this.prog = prog;
        this.heap = prog.heap();
        this.refs = refs;
        this.nObj = heap.objects().size();
        int nt = prog.threadCount();
        read = new BitSet[nt];
        write = new BitSet[nt];
        for (int t = 0; t < nt; t++) {
            read[t] = new BitSet(nObj);
            write[t] = new BitSet(nObj);
        }
        content = new BitSet[nObj];
        for (int o = 0; o < nObj; o++) {
            content[o] = new BitSet();
        }
    }

    static Footprints compute(Program prog) {
        Footprints f = new Footprints(prog, org.pagelab.engine.mm.MmChecks.refs(prog));
        f.run();
        return f;
    }

    /** Objects whose content may refer to object o. */
    BitSet holders(int o) {
        BitSet h = new BitSet();
        for (int x = 0; x < nObj; x++) {
            if (content[x].get(o)) {
                h.set(x);
            }
        }
        return h;
    }

    private void prov(int value, int cell, BitSet out) {
        if (Heap.isPointer(value)) {
            Heap.Obj o = heap.objectAt(value - Heap.PTR_BASE);
            if (o != null) {
                out.set(o.id);
            }
        }
        if (refs != null && cell >= 0) {
            refs.refs(cell, value, out::set);
        }
    }

    /** Per-thread abstract state: locals per code, return values per code. */
    private final class Ctx {
        final int t;
        final Map<Code, BitSet[]> locals = new HashMap<>();
        final Map<Code, BitSet> rets = new HashMap<>();
        final List<Code> codes = new ArrayList<>();

        Ctx(int t) {
            this.t = t;
        }

        BitSet[] localsOf(Code c) {
            BitSet[] l = locals.get(c);
            if (l == null) {
                l = new BitSet[c.nlocals()];
                for (int i = 0; i < l.length; i++) {
                    l[i] = new BitSet();
                }
                locals.put(c, l);
                rets.put(c, new BitSet());
                codes.add(c);
                changed = true;
            }
            return l;
        }
    }

    private void run() {
        int[] mem = prog.initialMemory();
        for (int cell = 0; cell < mem.length; cell++) {
            prov(mem[cell], cell, content[heap.ownerOf(cell)]);
        }
        int nt = prog.threadCount();
        Ctx[] ctx = new Ctx[nt];
        for (int t = 0; t < nt; t++) {
            ctx[t] = new Ctx(t);
            Program.ThreadInfo ti = prog.threads().get(t);
            BitSet[] l = ctx[t].localsOf(ti.code());
            int[] st = ti.initialState();
            for (int s = 0; s < ti.code().nlocals(); s++) {
                prov(st[5 + s], -1, l[s]);
            }
        }
        do {
            changed = false;
            for (Ctx c : ctx) {
                for (int i = 0; i < c.codes.size(); i++) {
                    Code code = c.codes.get(i);
                    for (Insn in : code.insns()) {
                        transfer(c, code, in);
                    }
                }
            }
        } while (changed);
        // the invariant checks of a step read what its writes refer to and who refers to it
        for (int t = 0; t < nt; t++) {
            BitSet extra = new BitSet();
            for (int o = write[t].nextSetBit(0); o >= 0; o = write[t].nextSetBit(o + 1)) {
                extra.or(content[o]);
                extra.or(holders(o));
            }
            read[t].or(extra);
        }
    }

    private boolean addAll(BitSet to, BitSet from) {
        int before = to.cardinality();
        to.or(from);
        if (to.cardinality() != before) {
            changed = true;
            return true;
        }
        return false;
    }

    private void touchAll(int t) {
        if (read[t].cardinality() < nObj || write[t].cardinality() < nObj) {
            read[t].set(0, nObj);
            write[t].set(0, nObj);
            changed = true;
        }
    }

    /** Objects an access through an address with this provenance touches (null = unknown). */
    private BitSet targets(BitSet addr) {
        return addr.isEmpty() ? null : addr;
    }

    private void transfer(Ctx c, Code code, Insn in) {
        BitSet[] l = c.localsOf(code);
        int t = c.t;
        switch (in.op) {
            case Op.CONST -> {
                BitSet b = new BitSet();
                prov(in.b, -1, b);
                addAll(l[in.a], b);
            }
            case Op.MOV, Op.UN -> addAll(l[in.a], l[in.b]);
            case Op.BIN -> {
                addAll(l[in.a], l[in.b]);
                addAll(l[in.a], l[in.c]);
            }
            case Op.GLOAD -> {
                BitSet b = new BitSet();
                prov(prog.globalValue(in.b), -1, b);
                addAll(l[in.a], b);
            }
            case Op.LOADC -> {
                BitSet tg = targets(l[in.b]);
                if (tg != null) {
                    for (int o = tg.nextSetBit(0); o >= 0; o = tg.nextSetBit(o + 1)) {
                        addAll(l[in.a], content[o]);
                    }
                }
            }
            case Op.LOAD, Op.RMW, Op.LOCK, Op.UNLOCK, Op.TRYLOCK, Op.AWAIT, Op.STORE -> {
                int addrSlot = in.op == Op.STORE ? in.a : in.b;
                BitSet tg = targets(l[addrSlot]);
                if (tg == null) {
                    touchAll(t);
                    return;
                }
                boolean writes = in.op != Op.LOAD && in.op != Op.AWAIT;
                addAll(read[t], tg);
                if (writes) {
                    addAll(write[t], tg);
                }
                for (int o = tg.nextSetBit(0); o >= 0; o = tg.nextSetBit(o + 1)) {
                    if (in.op == Op.STORE) {
                        addAll(content[o], l[in.b]);
                    } else if (in.op == Op.RMW) {
                        addAll(content[o], l[in.c]);
                        if (in.args.length > 0) {
                            addAll(content[o], l[in.args[0]]);
                        }
                    }
                    if (in.a >= 0 && in.op != Op.STORE) {
                        addAll(l[in.a], content[o]);
                    }
                }
            }
            case Op.FENCE -> {
                if (in.annot.isRcu()) {
                    for (Heap.Obj o : heap.objects()) {
                        if (o.hidden && o.name().startsWith("__rcu")) {
                            if (!read[t].get(o.id) || !write[t].get(o.id)) {
                                read[t].set(o.id);
                                write[t].set(o.id);
                                changed = true;
                            }
                        }
                    }
                }
            }
            case Op.CALL -> {
                Code callee = (Code) in.ref;
                BitSet[] cl = c.localsOf(callee);
                for (int i = 0; i < in.args.length; i++) {
                    addAll(cl[i], l[in.args[i]]);
                }
                if (in.a >= 0) {
                    addAll(l[in.a], c.rets.get(callee));
                }
            }
            case Op.RET -> {
                if (in.b >= 0) {
                    addAll(c.rets.get(code), l[in.b]);
                }
            }
            case Op.LBUILTIN -> {
                if (in.a >= 0) {
                    for (int a : in.args) {
                        addAll(l[in.a], l[a]);
                    }
                }
            }
            case Op.BUILTIN -> {
                Builtin b = prog.builtin(in.d);
                BitSet reach = new BitSet();
                for (int a : in.args) {
                    reach.or(l[a]);
                }
                closure(reach);
                if (b.allocatesFromPool()) {
                    for (Heap.Obj o : heap.objects()) {
                        if (o.poolOwner == t) {
                            reach.set(o.id);
                        }
                    }
                }
                addAll(read[t], reach);
                addAll(write[t], reach);
                if (in.a >= 0) {
                    addAll(l[in.a], reach);
                }
                // what it stores may be any argument
                BitSet args = new BitSet();
                for (int a : in.args) {
                    args.or(l[a]);
                }
                for (int o = reach.nextSetBit(0); o >= 0; o = reach.nextSetBit(o + 1)) {
                    addAll(content[o], args);
                }
            }
            default -> {
            }
        }
    }

    private void closure(BitSet set) {
        Deque<Integer> work = new ArrayDeque<>();
        for (int o = set.nextSetBit(0); o >= 0; o = set.nextSetBit(o + 1)) {
            work.add(o);
        }
        while (!work.isEmpty()) {
            int o = work.poll();
            BitSet c = content[o];
            for (int x = c.nextSetBit(0); x >= 0; x = c.nextSetBit(x + 1)) {
                if (!set.get(x)) {
                    set.set(x);
                    work.add(x);
                }
            }
        }
    }
}
