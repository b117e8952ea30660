package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Ast.Call;
import org.pagelab.engine.lang.Ast.Expr;
import org.pagelab.engine.lang.Ast.StrLit;
import org.pagelab.engine.lang.Pos;
import org.pagelab.engine.sem.FnCompiler.IB;
import org.pagelab.engine.sem.FnCompiler.LV;
import org.pagelab.engine.sem.FnCompiler.Val;

/**
 * Compiles calls: the kernel's memory-access primitives (READ_ONCE,
 * smp_load_acquire, atomics, bitops, barriers, RCU, spinlocks, rwsems) into
 * annotated events, assertions and BUG_ON into checks, then functions of the
 * scenario and the library, then Java builtins.
 */
final class Calls {
    /** Every primitive name, for "did you mean" and the documentation. */
    static final Set<String> INTRINSICS = new HashSet<>(List.of("READ_ONCE", "WRITE_ONCE", "smp_load_acquire",
            "smp_store_release", "smp_store_mb", "rcu_dereference", "rcu_dereference_raw", "rcu_access_pointer",
            "rcu_dereference_protected", "rcu_dereference_check", "srcu_dereference", "rcu_assign_pointer",
            "RCU_INIT_POINTER", "smp_mb", "mb", "smp_rmb", "rmb", "smp_wmb", "wmb", "smp_mb__before_atomic",
            "smp_mb__after_atomic", "smp_mb__after_spinlock", "smp_mb__after_unlock_lock",
            "smp_mb__after_srcu_read_unlock", "barrier", "cpu_relax", "rcu_read_lock", "rcu_read_unlock",
            "rcu_read_lock_bh", "rcu_read_unlock_bh", "rcu_read_lock_sched", "rcu_read_unlock_sched",
            "synchronize_rcu", "synchronize_rcu_expedited", "synchronize_sched", "srcu_read_lock", "srcu_read_unlock",
            "srcu_down_read", "srcu_up_read", "synchronize_srcu", "spin_lock", "spin_lock_irq", "spin_lock_bh",
            "raw_spin_lock", "mutex_lock", "spin_unlock", "spin_unlock_irq", "spin_unlock_bh", "raw_spin_unlock",
            "mutex_unlock", "spin_trylock", "raw_spin_trylock", "mutex_trylock", "down_read", "up_read", "down_write",
            "up_write", "down_read_trylock", "down_write_trylock", "bit_spin_lock", "bit_spin_unlock",
            "bit_spin_trylock", "wait_on_bit", "__wait_until", "atomic_read", "atomic_read_acquire", "atomic_set",
            "atomic_set_release", "atomic_inc", "atomic_dec", "atomic_add", "atomic_sub", "atomic_inc_return",
            "atomic_dec_return", "atomic_add_return", "atomic_sub_return", "atomic_fetch_add", "atomic_fetch_sub",
            "atomic_fetch_inc", "atomic_fetch_dec", "atomic_dec_and_test", "atomic_inc_and_test",
            "atomic_sub_and_test", "atomic_add_negative", "atomic_xchg", "xchg", "atomic_cmpxchg", "cmpxchg",
            "atomic_add_unless", "atomic_inc_not_zero", "atomic_fetch_add_unless", "set_bit", "clear_bit",
            "change_bit", "test_and_set_bit", "test_and_clear_bit", "test_and_change_bit", "test_and_set_bit_lock",
            "clear_bit_unlock", "test_bit", "__set_bit", "__clear_bit", "__change_bit", "__test_and_set_bit",
            "__test_and_clear_bit", "assert", "BUG_ON", "VM_BUG_ON", "VM_BUG_ON_PAGE", "VM_BUG_ON_FOLIO",
            "VM_BUG_ON_VMA", "BUG", "WARN_ON", "WARN_ON_ONCE", "VM_WARN_ON", "VM_WARN_ON_ONCE", "__violation", "__new",
            "BIT", "min", "max"));

    private final FnCompiler fc;
    private final Compiler cc;

    Calls(FnCompiler fc) {
        this.fc = fc;
        this.cc = fc.cc;
    }

    private Compiler.CompileError error(Pos p, String msg) {
        return cc.error(fc.file, p, msg);
    }

    private void arity(Call c, int n) {
        if (c.args().size() != n) {
            throw error(c.pos(), c.callee() + "() takes " + n + " argument" + (n == 1 ? "" : "s") + ", not "
                    + c.args().size());
        }
    }

    Val call(Call c) {
        Val v = intrinsic(c);
        if (v != null) {
            return v;
        }
        String n = c.callee();
        Ast.Function fn = cc.resolve(n);
        if (fn != null) {
            return function(c, fn);
        }
        if (cc.functions.containsKey(n)) {
            throw error(c.pos(), n + "() has no variant \"" + cc.selected.get(n) + "\"");
        }
        Builtin b = cc.builtinsByName.get(n);
        if (b != null) {
            return builtin(c, b);
        }
        Set<String> known = new HashSet<>(cc.functions.keySet());
        known.addAll(cc.builtinsByName.keySet());
        known.addAll(INTRINSICS);
        String hint = Names.suggest(n, known);
        throw error(c.pos(), "unknown function '" + n + "'" + hint
                + (hint.isEmpty() && cc.functions.isEmpty() ? " (kernel functions come with the library: add 'import mm;')" : ""));
    }

    private Val function(Call c, Ast.Function fn) {
        if (c.args().size() != fn.params().size()) {
            throw error(c.pos(), fn.name() + "() takes " + fn.params().size() + " argument"
                    + (fn.params().size() == 1 ? "" : "s") + ", not " + c.args().size() + " (defined at " + fn.file()
                    + ":" + fn.pos() + ")");
        }
        int[] args = new int[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            Val a = fc.expr(c.args().get(i));
            Ast.Param p = fn.params().get(i);
            Type pt = cc.type(p.type(), fn.file());
            if (!pt.accepts(a.type())) {
                throw error(c.args().get(i).pos(), "type mismatch: argument " + (i + 1) + " of " + fn.name() + "() ("
                        + p.name() + ") is " + pt + " but the value is " + a.type());
            }
            args[i] = a.slot();
        }
        Code callee = cc.codeFor(fn);
        Type rt = cc.type(fn.returnType(), fn.file());
        IB i = fc.emitRaw(Op.CALL);
        i.a = rt.kind == Type.VOID ? -1 : fc.tempRaw(rt);
        i.args = args;
        i.ref = callee;
        i.text = fn.name();
        return new Val(i.a < 0 ? fc.constRaw(0) : i.a, rt, null);
    }

    private Val builtin(Call c, Builtin b) {
        arity(c, b.arity());
        int[] args = new int[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = fc.expr(c.args().get(i)).slot();
        }
        Type rt = returnType(b.returns(), c.pos());
        IB i = fc.emitRaw(b.visible() ? Op.BUILTIN : Op.LBUILTIN);
        i.a = rt.kind == Type.VOID ? -1 : fc.tempRaw(rt);
        i.args = args;
        i.d = cc.builtin(b);
        i.text = b.name();
        return new Val(i.a < 0 ? fc.constRaw(0) : i.a, rt, null);
    }

    private Type returnType(String s, Pos p) {
        s = s.strip();
        int ptrs = 0;
        while (s.endsWith("*")) {
            ptrs++;
            s = s.substring(0, s.length() - 1).strip();
        }
        return cc.type(new Ast.TypeRef(p, s, ptrs), fc.file);
    }

    // ------------------------------------------------------------ primitives

    /** The address of an lvalue argument (READ_ONCE(x->f), WRITE_ONCE(*p, v)). */
    private LV lvArg(Expr e) {
        LV lv = fc.lvalue(e);
        if (lv.kind() != LV.MEM) {
            throw error(e.pos(), "'" + Names.print(e) + "' is a register, not memory; write READ_ONCE(*p) for a pointer p");
        }
        return lv;
    }

    /** A pointer argument (smp_load_acquire(p), atomic_inc(&page->_refcount)). */
    private Val ptrArg(Call c, int i) {
        Expr e = c.args().get(i);
        Val v = fc.expr(e);
        if (v.type().isStructPtr()) {
            throw error(e.pos(), c.callee() + "() needs a pointer to a value (e.g. &" + Names.print(e)
                    + "->field), not " + v.type());
        }
        return v;
    }

    private static Compiler.FieldRef ref(Val v) {
        return v.origin() != null ? v.origin() : new Compiler.FieldRef(null, null, v.type().deref().name);
    }

    private Val load(Call c, int addr, Type t, Annot a, Compiler.FieldRef ref) {
        return new Val(fc.load(addr, t, a, ref, Names.print(c)), t, null);
    }

    private Val voidVal() {
        return new Val(fc.constRaw(0), Type.VOID_T, null);
    }

    private Val fence(Call c, Annot a) {
        arity(c, 0);
        IB i = fc.emitRaw(Op.FENCE);
        i.a = -1;
        i.b = -1;
        i.c = -1;
        i.annot = a;
        i.text = c.callee();
        if (a == Annot.F_SYNC_RCU) {
            IB w = fc.emitRaw(Op.FENCE);
            w.a = -1;
            w.b = -1;
            w.c = -1;
            w.d = 1;
            w.annot = a;
            w.text = c.callee() + " (waiting for readers)";
        }
        return voidVal();
    }

    private Val lock(Call c, int op, int kind, boolean bit) {
        arity(c, bit ? 2 : 1);
        int mask = -1;
        Val p;
        if (bit) {
            mask = bitMask(c.args().get(0));
            p = ptrArg(c, 1);
        } else {
            p = ptrArg(c, 0);
        }
        IB i = fc.emitRaw(op);
        i.a = op == Op.TRYLOCK ? fc.tempRaw(Type.INT_T) : -1;
        i.b = p.slot();
        i.c = mask;
        i.d = kind;
        i.annot = op == Op.UNLOCK ? Annot.UNLOCK : Annot.LOCK;
        i.ref = ref(p);
        i.text = Names.print(c);
        return op == Op.TRYLOCK ? new Val(i.a, Type.INT_T, null) : voidVal();
    }

    /** 1 &lt;&lt; nr in a slot. */
    private int bitMask(Expr nr) {
        Val n = fc.expr(nr);
        int one = fc.constRaw(1);
        int m = fc.tempRaw(Type.INT_T);
        IB i = fc.emitRaw(Op.BIN);
        i.a = m;
        i.b = one;
        i.c = n.slot();
        i.d = Op.SHL;
        return m;
    }

    private int bin(int op, int l, int r) {
        int t = fc.tempRaw(Type.INT_T);
        IB i = fc.emitRaw(Op.BIN);
        i.a = t;
        i.b = l;
        i.c = r;
        i.d = op;
        return t;
    }

    private Val check(Call c, String kind, Expr cond, boolean negate, String message) {
        Val v = fc.expr(cond);
        int ok = v.slot();
        if (negate) {
            ok = fc.tempRaw(Type.INT_T);
            IB n = fc.emitRaw(Op.UN);
            n.a = ok;
            n.b = v.slot();
            n.d = Op.NOT;
        }
        IB i = fc.emitRaw(Op.CHECK);
        i.b = ok;
        i.ref = kind;
        i.text = message;
        return new Val(v.slot(), Type.INT_T, null);
    }

    private Val intrinsic(Call c) {
        String n = c.callee();
        switch (n) {
            case "READ_ONCE", "rcu_dereference", "rcu_dereference_raw", "rcu_access_pointer", "srcu_dereference",
                    "rcu_dereference_protected", "rcu_dereference_check" -> {
                if (c.args().isEmpty() || c.args().size() > 2) {
                    arity(c, 1);
                }
                LV lv = lvArg(c.args().get(0));
                Annot a = n.startsWith("rcu_deref") || n.equals("srcu_dereference") ? Annot.RCU_DEREF : Annot.ONCE;
                return load(c, lv.slot(), lv.type(), a, lv.origin());
            }
            case "WRITE_ONCE", "rcu_assign_pointer", "RCU_INIT_POINTER", "smp_store_mb" -> {
                arity(c, 2);
                LV lv = lvArg(c.args().get(0));
                Val v = fc.expr(c.args().get(1));
                fc.store(lv.slot(), v.slot(), n.equals("rcu_assign_pointer") ? Annot.RCU_ASSIGN : Annot.ONCE,
                        lv.origin(), Names.print(c));
                if (n.equals("smp_store_mb")) {
                    return fence(new Call(c.pos(), "smp_mb", List.of(), null), Annot.F_MB);
                }
                return voidVal();
            }
            case "smp_load_acquire", "atomic_read", "atomic_read_acquire", "atomic_long_read", "atomic64_read" -> {
                arity(c, 1);
                Val p = ptrArg(c, 0);
                return load(c, p.slot(), p.type().deref().kind == Type.PTR ? p.type().deref() : Type.INT_T,
                        n.endsWith("acquire") ? Annot.ACQUIRE : Annot.ONCE, ref(p));
            }
            case "smp_store_release", "atomic_set", "atomic_set_release", "atomic_long_set", "atomic64_set" -> {
                arity(c, 2);
                Val p = ptrArg(c, 0);
                Val v = fc.expr(c.args().get(1));
                fc.store(p.slot(), v.slot(), n.endsWith("release") ? Annot.RELEASE : Annot.ONCE, ref(p),
                        Names.print(c));
                return voidVal();
            }
            case "smp_mb", "mb" -> {
                return fence(c, Annot.F_MB);
            }
            case "smp_rmb", "rmb" -> {
                return fence(c, Annot.F_RMB);
            }
            case "smp_wmb", "wmb" -> {
                return fence(c, Annot.F_WMB);
            }
            case "smp_mb__before_atomic" -> {
                return fence(c, Annot.F_BEFORE_ATOMIC);
            }
            case "smp_mb__after_atomic" -> {
                return fence(c, Annot.F_AFTER_ATOMIC);
            }
            case "smp_mb__after_spinlock" -> {
                return fence(c, Annot.F_AFTER_SPINLOCK);
            }
            case "smp_mb__after_unlock_lock" -> {
                return fence(c, Annot.F_AFTER_UNLOCK_LOCK);
            }
            case "smp_mb__after_srcu_read_unlock" -> {
                return fence(c, Annot.F_AFTER_SRCU_READ_UNLOCK);
            }
            case "barrier", "cpu_relax" -> {
                arity(c, 0);
                return voidVal();
            }
            case "rcu_read_lock", "rcu_read_lock_bh", "rcu_read_lock_sched" -> {
                return fence(c, Annot.F_RCU_LOCK);
            }
            case "rcu_read_unlock", "rcu_read_unlock_bh", "rcu_read_unlock_sched" -> {
                return fence(c, Annot.F_RCU_UNLOCK);
            }
            case "synchronize_rcu", "synchronize_rcu_expedited", "synchronize_sched" -> {
                return fence(c, Annot.F_SYNC_RCU);
            }
            case "srcu_read_lock", "srcu_down_read" -> {
                arity(c, 1);
                Val s = ptrArg(c, 0);
                IB i = fc.emitRaw(Op.FENCE);
                i.a = fc.tempRaw(Type.INT_T);
                i.b = s.slot();
                i.c = -1;
                i.annot = Annot.SRCU_LOCK;
                i.d = n.equals("srcu_down_read") ? 2 : 0;
                i.text = Names.print(c);
                return new Val(i.a, Type.INT_T, null);
            }
            case "srcu_read_unlock", "srcu_up_read" -> {
                arity(c, 2);
                Val s = ptrArg(c, 0);
                Val idx = fc.expr(c.args().get(1));
                IB i = fc.emitRaw(Op.FENCE);
                i.a = -1;
                i.b = s.slot();
                i.c = idx.slot();
                i.annot = Annot.SRCU_UNLOCK;
                i.d = n.equals("srcu_up_read") ? 2 : 0;
                i.text = Names.print(c);
                return voidVal();
            }
            case "synchronize_srcu" -> {
                arity(c, 1);
                Val s = ptrArg(c, 0);
                for (int phase = 0; phase < 2; phase++) {
                    IB i = fc.emitRaw(Op.FENCE);
                    i.a = -1;
                    i.b = s.slot();
                    i.c = -1;
                    i.d = phase;
                    i.annot = Annot.SYNC_SRCU;
                    i.text = Names.print(c) + (phase == 1 ? " (waiting for readers)" : "");
                }
                return voidVal();
            }
            case "spin_lock", "spin_lock_irq", "spin_lock_bh", "raw_spin_lock", "mutex_lock" -> {
                return lock(c, Op.LOCK, Op.LK_SPIN, false);
            }
            case "spin_unlock", "spin_unlock_irq", "spin_unlock_bh", "raw_spin_unlock", "mutex_unlock" -> {
                return lock(c, Op.UNLOCK, Op.LK_SPIN, false);
            }
            case "spin_trylock", "raw_spin_trylock", "mutex_trylock" -> {
                return lock(c, Op.TRYLOCK, Op.LK_SPIN, false);
            }
            case "down_read" -> {
                return lock(c, Op.LOCK, Op.LK_READ, false);
            }
            case "up_read" -> {
                return lock(c, Op.UNLOCK, Op.LK_READ, false);
            }
            case "down_write" -> {
                return lock(c, Op.LOCK, Op.LK_WRITE, false);
            }
            case "up_write" -> {
                return lock(c, Op.UNLOCK, Op.LK_WRITE, false);
            }
            case "down_read_trylock" -> {
                return lock(c, Op.TRYLOCK, Op.LK_READ, false);
            }
            case "down_write_trylock" -> {
                return lock(c, Op.TRYLOCK, Op.LK_WRITE, false);
            }
            case "bit_spin_lock" -> {
                return lock(c, Op.LOCK, Op.LK_BIT, true);
            }
            case "bit_spin_unlock" -> {
                return lock(c, Op.UNLOCK, Op.LK_BIT, true);
            }
            case "bit_spin_trylock" -> {
                return lock(c, Op.TRYLOCK, Op.LK_BIT, true);
            }
            case "wait_on_bit", "__wait_until" -> {
                int mask;
                Val p;
                int expected;
                if (n.equals("wait_on_bit")) {
                    arity(c, 2);
                    mask = bitMask(c.args().get(0));
                    p = ptrArg(c, 1);
                    expected = fc.constRaw(0);
                } else {
                    arity(c, 3);
                    p = ptrArg(c, 0);
                    mask = fc.expr(c.args().get(1)).slot();
                    expected = fc.expr(c.args().get(2)).slot();
                }
                IB i = fc.emitRaw(Op.AWAIT);
                i.a = -1;
                i.b = p.slot();
                i.c = mask;
                i.args = new int[] {expected};
                i.annot = Annot.ACQUIRE;
                i.ref = ref(p);
                i.text = Names.print(c);
                return voidVal();
            }
            case "set_bit", "clear_bit", "change_bit", "test_and_set_bit", "test_and_clear_bit", "test_and_change_bit",
                    "test_and_set_bit_lock", "clear_bit_unlock" -> {
                arity(c, 2);
                Expr nrE = c.args().get(0);
                int nr = fc.expr(nrE).slot();
                int mask = bin(Op.SHL, fc.constRaw(1), nr);
                Val p = ptrArg(c, 1);
                RmwOp op = n.contains("set") ? RmwOp.OR : n.contains("clear") ? RmwOp.ANDNOT : RmwOp.XOR;
                boolean test = n.startsWith("test_and");
                Annot a = n.endsWith("_lock") ? Annot.ACQUIRE : n.endsWith("_unlock") ? Annot.RELEASE
                        : test ? Annot.MB : Annot.RELAXED;
                int old = fc.rmw(test, p.slot(), op, mask, -1, a, ref(p), Names.print(c));
                if (!test) {
                    return voidVal();
                }
                int bit = bin(Op.AND, bin(Op.SHR, old, nr), fc.constRaw(1));
                return new Val(bit, Type.INT_T, null);
            }
            case "test_bit" -> {
                arity(c, 2);
                int nr = fc.expr(c.args().get(0)).slot();
                Val p = ptrArg(c, 1);
                int v = fc.load(p.slot(), Type.INT_T, Annot.ONCE, ref(p), Names.print(c));
                return new Val(bin(Op.AND, bin(Op.SHR, v, nr), fc.constRaw(1)), Type.INT_T, null);
            }
            case "__set_bit", "__clear_bit", "__change_bit", "__test_and_set_bit", "__test_and_clear_bit" -> {
                arity(c, 2);
                int nr = fc.expr(c.args().get(0)).slot();
                int mask = bin(Op.SHL, fc.constRaw(1), nr);
                Val p = ptrArg(c, 1);
                int v = fc.load(p.slot(), Type.INT_T, Annot.PLAIN, ref(p), Names.print(c));
                int nv = n.contains("set") ? bin(Op.OR, v, mask)
                        : n.contains("clear") ? bin(Op.AND, v, bin(Op.XOR, mask, fc.constRaw(-1))) : bin(Op.XOR, v, mask);
                fc.store(p.slot(), nv, Annot.PLAIN, ref(p), Names.print(c));
                return n.startsWith("__test") ? new Val(bin(Op.AND, bin(Op.SHR, v, nr), fc.constRaw(1)), Type.INT_T, null)
                        : voidVal();
            }
            case "assert" -> {
                if (c.args().isEmpty() || c.args().size() > 2) {
                    arity(c, 1);
                }
                String msg = Names.print(c.args().get(0));
                if (c.args().size() == 2) {
                    if (!(c.args().get(1) instanceof StrLit s)) {
                        throw error(c.args().get(1).pos(), "the assert message must be a string");
                    }
                    msg = s.value();
                }
                check(c, "assert", c.args().get(0), false, msg);
                return voidVal();
            }
            case "BUG_ON", "VM_BUG_ON", "VM_BUG_ON_PAGE", "VM_BUG_ON_FOLIO", "VM_BUG_ON_VMA" -> {
                if (c.args().isEmpty() || c.args().size() > 2) {
                    arity(c, 1);
                }
                check(c, "bug", c.args().get(0), true, n + "(" + Names.print(c.args().get(0)) + ")");
                return voidVal();
            }
            case "BUG" -> {
                arity(c, 0);
                check(c, "bug", new Ast.IntLit(c.pos(), 0), false, "BUG()");
                return voidVal();
            }
            case "WARN_ON", "WARN_ON_ONCE", "VM_WARN_ON", "VM_WARN_ON_ONCE" -> {
                arity(c, 1);
                return check(c, "warning", c.args().get(0), true, n + "(" + Names.print(c.args().get(0)) + ")");
            }
            case "__violation" -> {
                arity(c, 2);
                if (!(c.args().get(0) instanceof StrLit k) || !(c.args().get(1) instanceof StrLit m)) {
                    throw error(c.pos(), "__violation(\"name\", \"message\") takes two strings");
                }
                IB i = fc.emitRaw(Op.CHECK);
                i.b = fc.constRaw(0);
                i.ref = k.value();
                i.text = m.value();
                return voidVal();
            }
            case "__new" -> {
                if (c.typeArg() == null || !c.typeArg().isStruct() || c.typeArg().pointers() != 0) {
                    throw error(c.pos(), "__new() takes a struct type: __new(struct page)");
                }
                if (!fc.inSetup()) {
                    throw error(c.pos(), "__new() may only be called from setup (threads allocate pages with alloc_page())");
                }
                StructType st = cc.structs.get(c.typeArg().structName());
                if (st == null) {
                    throw error(c.typeArg().pos(), "unknown struct '" + c.typeArg().structName() + "'"
                            + Names.suggest(c.typeArg().structName(), cc.structs.keySet()));
                }
                if (c.args().size() > 1) {
                    throw error(c.pos(), "__new() takes a struct type and an optional length of its flexible array");
                }
                if (c.args().size() == 1 && st.flexible() == null) {
                    throw error(c.args().get(0).pos(), "struct " + st.name + " has no flexible array member");
                }
                int typeId = fc.constRaw(cc.allocType(st));
                int len = c.args().isEmpty() ? fc.constRaw(0) : fc.expr(c.args().get(0)).slot();
                IB i = fc.emitRaw(Op.LBUILTIN);
                i.a = fc.tempRaw(Type.ptr(Type.struct(st)));
                i.args = new int[] {typeId, len};
                i.d = cc.builtin(Builtins.NEW);
                i.text = "__new";
                return new Val(i.a, Type.ptr(Type.struct(st)), null);
            }
            case "BIT" -> {
                arity(c, 1);
                return new Val(bin(Op.SHL, fc.constRaw(1), fc.expr(c.args().get(0)).slot()), Type.INT_T, null);
            }
            case "min", "max" -> {
                arity(c, 2);
                int a = fc.expr(c.args().get(0)).slot();
                int b = fc.expr(c.args().get(1)).slot();
                int res = fc.tempRaw(Type.INT_T);
                int lt = bin(n.equals("min") ? Op.LT : Op.GT, a, b);
                IB m1 = fc.emitRaw(Op.MOV);
                m1.a = res;
                m1.b = b;
                IB jz = fc.emitRaw(Op.JZ);
                jz.b = lt;
                IB m2 = fc.emitRaw(Op.MOV);
                m2.a = res;
                m2.b = a;
                jz.a = fc.hereRaw();
                return new Val(res, Type.INT_T, null);
            }
            default -> {
                return atomic(c);
            }
        }
    }

    /** atomic_* (and atomic_long_*), xchg and cmpxchg with their ordering suffixes. */
    private Val atomic(Call c) {
        String n = c.callee().replace("atomic_long_", "atomic_").replace("atomic64_", "atomic_");
        Annot ord = null;
        for (String[] s : new String[][] {{"_relaxed", "RELAXED"}, {"_acquire", "ACQUIRE"}, {"_release", "RELEASE"}}) {
            if (n.endsWith(s[0])) {
                ord = Annot.valueOf(s[1]);
                n = n.substring(0, n.length() - s[0].length());
            }
        }
        boolean rel = ord != null;
        Annot full = rel ? ord : Annot.MB;
        switch (n) {
            case "atomic_inc", "atomic_dec" -> {
                if (rel) {
                    return null;
                }
                arity(c, 1);
                Val p = ptrArg(c, 0);
                fc.rmw(false, p.slot(), RmwOp.FETCH_ADD, fc.constRaw(n.endsWith("inc") ? 1 : -1), -1, Annot.RELAXED,
                        ref(p), Names.print(c));
                return voidVal();
            }
            case "atomic_add", "atomic_sub" -> {
                if (rel) {
                    return null;
                }
                arity(c, 2);
                int i = signed(c, 0, n.endsWith("sub"));
                Val p = ptrArg(c, 1);
                fc.rmw(false, p.slot(), RmwOp.FETCH_ADD, i, -1, Annot.RELAXED, ref(p), Names.print(c));
                return voidVal();
            }
            case "atomic_inc_return", "atomic_dec_return" -> {
                arity(c, 1);
                Val p = ptrArg(c, 0);
                int r = fc.rmw(true, p.slot(), RmwOp.ADD_RETURN, fc.constRaw(n.contains("inc") ? 1 : -1), -1, full,
                        ref(p), Names.print(c));
                return new Val(r, Type.INT_T, null);
            }
            case "atomic_add_return", "atomic_sub_return", "atomic_fetch_add", "atomic_fetch_sub" -> {
                arity(c, 2);
                int i = signed(c, 0, n.contains("sub"));
                Val p = ptrArg(c, 1);
                int r = fc.rmw(true, p.slot(), n.contains("fetch") ? RmwOp.FETCH_ADD : RmwOp.ADD_RETURN, i, -1, full,
                        ref(p), Names.print(c));
                return new Val(r, Type.INT_T, null);
            }
            case "atomic_fetch_inc", "atomic_fetch_dec" -> {
                arity(c, 1);
                Val p = ptrArg(c, 0);
                int r = fc.rmw(true, p.slot(), RmwOp.FETCH_ADD, fc.constRaw(n.endsWith("inc") ? 1 : -1), -1, full,
                        ref(p), Names.print(c));
                return new Val(r, Type.INT_T, null);
            }
            case "atomic_dec_and_test", "atomic_inc_and_test", "atomic_sub_and_test", "atomic_add_negative" -> {
                if (rel) {
                    return null;
                }
                int delta;
                Val p;
                if (n.equals("atomic_dec_and_test") || n.equals("atomic_inc_and_test")) {
                    arity(c, 1);
                    delta = fc.constRaw(n.contains("dec") ? -1 : 1);
                    p = ptrArg(c, 0);
                } else {
                    arity(c, 2);
                    delta = signed(c, 0, n.contains("sub"));
                    p = ptrArg(c, 1);
                }
                int r = fc.rmw(true, p.slot(), RmwOp.ADD_RETURN, delta, -1, Annot.MB, ref(p), Names.print(c));
                int res = bin(n.endsWith("negative") ? Op.LT : Op.EQ, r, fc.constRaw(0));
                return new Val(res, Type.INT_T, null);
            }
            case "atomic_xchg", "xchg" -> {
                arity(c, 2);
                Val p = ptrArg(c, 0);
                Val v = fc.expr(c.args().get(1));
                int r = fc.rmw(true, p.slot(), RmwOp.XCHG, v.slot(), -1, full, ref(p), Names.print(c));
                return new Val(r, p.type().deref().kind == Type.PTR ? p.type().deref() : Type.INT_T, null);
            }
            case "atomic_cmpxchg", "cmpxchg" -> {
                arity(c, 3);
                Val p = ptrArg(c, 0);
                Val o = fc.expr(c.args().get(1));
                Val nv = fc.expr(c.args().get(2));
                int r = fc.rmw(true, p.slot(), RmwOp.CMPXCHG, o.slot(), nv.slot(), full, ref(p), Names.print(c));
                return new Val(r, p.type().deref().kind == Type.PTR ? p.type().deref() : Type.INT_T, null);
            }
            case "atomic_add_unless", "atomic_fetch_add_unless", "atomic_inc_not_zero" -> {
                if (rel) {
                    return null;
                }
                Val p;
                int a;
                int u;
                if (n.equals("atomic_inc_not_zero")) {
                    arity(c, 1);
                    p = ptrArg(c, 0);
                    a = fc.constRaw(1);
                    u = fc.constRaw(0);
                } else {
                    arity(c, 3);
                    p = ptrArg(c, 0);
                    a = fc.expr(c.args().get(1)).slot();
                    u = fc.expr(c.args().get(2)).slot();
                }
                int old = fc.rmw(true, p.slot(), RmwOp.ADD_UNLESS, a, u, Annot.MB, ref(p), Names.print(c));
                if (n.equals("atomic_fetch_add_unless")) {
                    return new Val(old, Type.INT_T, null);
                }
                return new Val(bin(Op.NE, old, u), Type.INT_T, null);
            }
            default -> {
                return null;
            }
        }
    }

    /** Argument i, negated for the _sub forms. */
    private int signed(Call c, int i, boolean negate) {
        int v = fc.expr(c.args().get(i)).slot();
        if (!negate) {
            return v;
        }
        int t = fc.tempRaw(Type.INT_T);
        IB n = fc.emitRaw(Op.UN);
        n.a = t;
        n.b = v;
        n.d = Op.NEG;
        return t;
    }

    static List<String> sortedIntrinsics() {
        List<String> l = new ArrayList<>(INTRINSICS);
        java.util.Collections.sort(l);
        return l;
    }
}
