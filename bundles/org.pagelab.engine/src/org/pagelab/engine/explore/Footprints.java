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
    private boolean finalPass;
    private static final boolean DEBUG = Boolean.getBoolean("pagelab.debug.footprints");
    /** Objects the page-table walk never writes (the zero page). */
    private final BitSet readOnly = new BitSet();

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
        /** Known constant values of each local (null = any value; empty = none seen yet). */
        final Map<Code, int[][]> consts = new HashMap<>();
        final Map<Code, int[]> retConsts = new HashMap<>();
        /** Instructions reachable in this thread's context (branches on known constants pruned). */
        final Map<Code, BitSet> reach = new HashMap<>();
        final List<Code> codes = new ArrayList<>();

        Ctx(int t) {
            this.t = t;
        }

        BitSet[] localsOf(Code c) {
            BitSet[] l = locals.get(c);
            if (l == null) {
                l = new BitSet[c.nlocals()];
                int[][] k = new int[c.nlocals()][];
                for (int i = 0; i < l.length; i++) {
                    l[i] = new BitSet();
                    k[i] = NONE;
                }
                locals.put(c, l);
                consts.put(c, k);
                rets.put(c, new BitSet());
                retConsts.put(c, NONE);
                BitSet r = new BitSet();
                r.set(0);
                reach.put(c, r);
                codes.add(c);
                changed = true;
            }
            return l;
        }
    }

    private static final int[] NONE = new int[0];
    private static final int MAX_CONSTS = 8;

    /** Join of two constant sets (null = any). */
    private static int[] join(int[] a, int[] b) {
        if (a == null || b == null) {
            return null;
        }
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        for (int v : a) {
            s.add(v);
        }
        for (int v : b) {
            s.add(v);
        }
        if (s.size() > MAX_CONSTS) {
            return null;
        }
        int[] out = new int[s.size()];
        int i = 0;
        for (int v : s) {
            out[i++] = v;
        }
        return out;
    }

    /** Sets k[slot] to its join with v; true when it changed. */
    private boolean joinInto(int[][] k, int slot, int[] v) {
        int[] j = join(k[slot], v);
        if (j == null ? k[slot] != null : (k[slot] == null || !java.util.Arrays.equals(j, k[slot]))) {
            k[slot] = j;
            changed = true;
            return true;
        }
        return false;
    }

    private static int[] apply2(int op, int[] a, int[] b, boolean unary) {
        if (a == null || (!unary && b == null)) {
            return null;
        }
        if (a.length == 0 || (!unary && b.length == 0)) {
            return NONE;
        }
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        for (int x : a) {
            if (unary) {
                s.add(op == Op.NEG ? -x : op == Op.NOT ? (x == 0 ? 1 : 0) : ~x);
            } else {
                for (int y : b) {
                    if ((op == Op.DIV || op == Op.MOD) && y == 0) {
                        continue;
                    }
                    s.add(Op.apply(op, x, y));
                }
            }
            if (s.size() > MAX_CONSTS) {
                return null;
            }
        }
        int[] out = new int[s.size()];
        int i = 0;
        for (int v : s) {
            out[i++] = v;
        }
        return out;
    }

    private void run() {
        int[] mem = prog.initialMemory();
        Integer zero = prog.global("zero_page");
        if (zero != null && Heap.isPointer(zero)) {
            Heap.Obj z = heap.objectAt(zero - Heap.PTR_BASE);
            if (z != null) {
                readOnly.set(z.id);
            }
        }
        for (int cell = 0; cell < mem.length; cell++) {
            prov(mem[cell], cell, content[heap.ownerOf(cell)]);
        }
        int nt = prog.threadCount();
        Ctx[] ctx = new Ctx[nt];
        for (int t = 0; t < nt; t++) {
            ctx[t] = new Ctx(t);
            Program.ThreadInfo ti = prog.threads().get(t);
            BitSet[] l = ctx[t].localsOf(ti.code());
            int[][] k = ctx[t].consts.get(ti.code());
            int[] st = ti.initialState();
            for (int s = 0; s < ti.code().nlocals(); s++) {
                prov(st[5 + s], -1, l[s]);
                k[s] = s < ti.code().nparams ? new int[] {st[5 + s]} : NONE;
            }
        }
        do {
            changed = false;
            for (Ctx c : ctx) {
                for (int i = 0; i < c.codes.size(); i++) {
                    Code code = c.codes.get(i);
                    BitSet r = c.reach.get(code);
                    Insn[] ins = code.insns();
                    for (int pc = r.nextSetBit(0); pc >= 0 && pc < ins.length; pc = r.nextSetBit(pc + 1)) {
                        transfer(c, code, ins[pc]);
                        successors(c, code, ins[pc], pc, r);
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
            // the zero page never changes once set up (MmChecks makes a write to it a violation), so
            // touching it makes no step depend on another
            read[t].andNot(readOnly);
            write[t].andNot(readOnly);
        }
    }

    /**
     * What a value read from (or stored to) the accessed field can refer to,
     * by the field's declared type: a struct pointer only objects of that
     * struct, a PTE/PMD word only pages, an integer field nothing (page->pfn:
     * the page itself, see the LOAD case); accesses through untyped pointers
     * (litmus locations) are not filtered.
     */
    private BitSet typed(BitSet values, Insn in) {
        if (!(in.ref instanceof org.pagelab.engine.sem.Compiler.FieldRef fr)) {
            return values;
        }
        String type;
        int ptrs;
        if (fr.field() != null) {
            org.pagelab.engine.sem.StructType st = prog.struct(fr.struct());
            org.pagelab.engine.sem.StructType.Field f = st == null ? null : st.field(fr.field());
            if (f == null) {
                return values;
            }
            type = f.type().name();
            ptrs = f.type().pointers();
        } else {
            String tn = fr.typeName();
            if (tn == null || tn.equals("int") || tn.equals("intptr_t") || tn.equals("long") || tn.equals("void")
                    || tn.equals("unsigned long") || tn.startsWith("struct srcu")) {
                return values;
            }
            type = tn;
            ptrs = 0;
        }
        BitSet out = new BitSet();
        String want = null;
        if (type.startsWith("struct ") && ptrs > 0) {
            want = type.substring(7);
        } else if (type.equals("pte_t") || type.equals("pmd_t")) {
            want = "page";
        } else if (fr.field() == null) {
            return values;
        }
        if (want == null) {
            return out;
        }
        for (int o = values.nextSetBit(0); o >= 0; o = values.nextSetBit(o + 1)) {
            if (heap.object(o).type.name.equals(want)) {
                out.set(o);
            }
        }
        return out;
    }

    /** The tail pages of THP heads in a set: pfn_to_page(head->pfn + i) reaches them. */
    private BitSet compoundSiblings(BitSet set) {
        BitSet out = new BitSet();
        org.pagelab.engine.sem.StructType page = prog.struct("page");
        if (page == null || page.field("compound_head") == null) {
            return out;
        }
        int ch = page.field("compound_head").offset();
        int[] mem = prog.initialMemory();
        for (Heap.Obj o : heap.objects()) {
            if (o.type == page && Heap.isPointer(mem[o.base + ch])) {
                Heap.Obj head = heap.objectAt(mem[o.base + ch] - Heap.PTR_BASE);
                if (head != null && set.get(head.id)) {
                    out.set(o.id);
                }
            }
        }
        return out;
    }

    private boolean isPagePfn(Insn in) {
        return in.ref instanceof org.pagelab.engine.sem.Compiler.FieldRef fr && "page".equals(fr.struct())
                && "pfn".equals(fr.field());
    }

    /** The constant-value part of the transfer function. */
    private void constants(Ctx c, Code code, Insn in) {
        int[][] k = c.consts.get(code);
        switch (in.op) {
            case Op.CONST -> joinInto(k, in.a, new int[] {in.b});
            case Op.MOV -> joinInto(k, in.a, k[in.b]);
            case Op.BIN -> joinInto(k, in.a, apply2(in.d, k[in.b], k[in.c], false));
            case Op.UN -> joinInto(k, in.a, apply2(in.d, k[in.b], null, true));
            case Op.GLOAD -> joinInto(k, in.a, new int[] {prog.globalValue(in.b)});
            case Op.LOADC -> joinInto(k, in.a, fieldValues(c.locals.get(code)[in.b], in));
            case Op.CALL -> {
                Code callee = (Code) in.ref;
                c.localsOf(callee);
                int[][] ck = c.consts.get(callee);
                for (int i = 0; i < in.args.length; i++) {
                    joinInto(ck, i, k[in.args[i]]);
                }
                if (in.a >= 0) {
                    joinInto(k, in.a, c.retConsts.get(callee));
                }
            }
            case Op.RET -> {
                if (in.b >= 0) {
                    int[] cur = c.retConsts.get(code);
                    int[] j = join(cur, k[in.b]);
                    if (j == null ? cur != null : (cur == null || !java.util.Arrays.equals(j, cur))) {
                        c.retConsts.put(code, j);
                        changed = true;
                    }
                }
            }
            default -> {
                if (in.a >= 0 && in.op != Op.STORE && in.op != Op.JMP && in.op != Op.JZ && in.op != Op.JNZ
                        && in.op != Op.CHECK && in.op != Op.GSTORE && in.op != Op.LOCK && in.op != Op.UNLOCK
                        && in.op != Op.AWAIT && in.op != Op.NOP) {
                    joinInto(k, in.a, null);
                }
            }
        }
    }

    /** The values an immutable field holds in the objects the address may point to (null: any). */
    private int[] fieldValues(BitSet targets, Insn in) {
        if (!(in.ref instanceof org.pagelab.engine.sem.Compiler.FieldRef fr) || fr.field() == null
                || targets.isEmpty()) {
            return null;
        }
        int[] mem = prog.initialMemory();
        int[] out = NONE;
        for (int o = targets.nextSetBit(0); o >= 0; o = targets.nextSetBit(o + 1)) {
            Heap.Obj obj = heap.object(o);
            org.pagelab.engine.sem.StructType.Field f = obj.type.field(fr.field());
            if (f == null || f.isArray() || !obj.type.name.equals(fr.struct())) {
                return null;
            }
            out = join(out, new int[] {mem[obj.base + f.offset()]});
            if (out == null) {
                return null;
            }
        }
        return out;
    }

    /** Marks the instructions that can follow pc, pruning a branch on a known constant. */
    private void successors(Ctx c, Code code, Insn in, int pc, BitSet r) {
        switch (in.op) {
            case Op.JMP -> mark(r, in.a);
            case Op.JZ, Op.JNZ -> {
                int[] v = c.consts.get(code)[in.b];
                boolean canZero = v == null;
                boolean canNonZero = v == null;
                if (v != null) {
                    for (int x : v) {
                        if (x == 0) {
                            canZero = true;
                        } else {
                            canNonZero = true;
                        }
                    }
                }
                boolean jumpWhen0 = in.op == Op.JZ;
                if (canZero) {
                    mark(r, jumpWhen0 ? in.a : pc + 1);
                }
                if (canNonZero) {
                    mark(r, jumpWhen0 ? pc + 1 : in.a);
                }
            }
            case Op.RET -> {
            }
            default -> mark(r, pc + 1);
        }
    }

    private void mark(BitSet r, int pc) {
        if (!r.get(pc)) {
            r.set(pc);
            changed = true;
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
        constants(c, code, in);
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
                    if (isPagePfn(in)) {
                        addAll(l[in.a], tg); // page_to_pfn(page) stands for the page
                        return;
                    }
                    for (int o = tg.nextSetBit(0); o >= 0; o = tg.nextSetBit(o + 1)) {
                        addAll(l[in.a], typed(content[o], in));
                    }
                }
            }
            case Op.LOAD, Op.RMW, Op.LOCK, Op.UNLOCK, Op.TRYLOCK, Op.AWAIT, Op.STORE -> {
                int addrSlot = in.op == Op.STORE ? in.a : in.b;
                BitSet tg = targets(l[addrSlot]);
                if (tg == null) {
                    // no object reference can reach this address: it can only be NULL (an oops), or the path is
                    // dead here (a NULL ctx or mapping guarded by an if)
                    return;
                }
                boolean writes = in.op != Op.LOAD && in.op != Op.AWAIT;
                addAll(read[t], tg);
                if (writes) {
                    addAll(write[t], tg);
                }
                if (in.op == Op.LOAD && isPagePfn(in)) {
                    addAll(l[in.a], tg);
                    return;
                }
                for (int o = tg.nextSetBit(0); o >= 0; o = tg.nextSetBit(o + 1)) {
                    if (in.op == Op.STORE) {
                        addAll(content[o], typed(l[in.b], in));
                    } else if (in.op == Op.RMW) {
                        addAll(content[o], typed(l[in.c], in));
                        if (in.args.length > 0) {
                            addAll(content[o], typed(l[in.args[0]], in));
                        }
                    }
                    if (in.a >= 0 && in.op != Op.STORE) {
                        addAll(l[in.a], typed(content[o], in));
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
                        addAll(l[in.a], compoundSiblings(l[a]));
                    }
                }
            }
            case Op.BUILTIN -> {
                Builtin b = prog.builtin(in.d);
                BitSet reach = new BitSet();
                BitSet writes = null;
                switch (b.footprint()) {
                    case FIRST_ARGUMENT -> {
                        if (in.args.length > 0) {
                            reach.or(l[in.args[0]]);
                        }
                        if (reach.isEmpty()) {
                            if (finalPass) {
                                touchAll(t);
                            }
                            return;
                        }
                    }
                    case POOL -> {
                        for (Heap.Obj o : heap.objects()) {
                            if (o.poolOwner == t) {
                                reach.set(o.id);
                            }
                        }
                    }
                    case PAGE_TABLES -> {
                        if (in.args.length > 0) {
                            reach.or(l[in.args[0]]);
                        }
                        closure(reach);
                        writes = new BitSet();
                        for (int o = reach.nextSetBit(0); o >= 0; o = reach.nextSetBit(o + 1)) {
                            if (!readOnly.get(o)) {
                                writes.set(o);
                            }
                        }
                    }
                    default -> {
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
                    }
                }
                addAll(read[t], reach);
                addAll(write[t], writes != null ? writes : reach);
                if (in.a >= 0) {
                    addAll(l[in.a], reach);
                }
                // what it stores: any argument (REACHABLE), the values after the first (FIRST_ARGUMENT), the
                // data written (PAGE_TABLES, an int), nothing for the pool
                BitSet args = new BitSet();
                if (b.footprint() == Builtin.Footprint.REACHABLE) {
                    for (int a : in.args) {
                        args.or(l[a]);
                    }
                } else if (b.footprint() == Builtin.Footprint.FIRST_ARGUMENT) {
                    for (int i = 1; i < in.args.length; i++) {
                        args.or(l[in.args[i]]);
                    }
                }
                if (!args.isEmpty()) {
                    for (int o = reach.nextSetBit(0); o >= 0; o = reach.nextSetBit(o + 1)) {
                        addAll(content[o], args);
                    }
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
