package org.pagelab.engine.sem;

import java.util.Set;

import org.pagelab.engine.lang.Ast.*;
import org.pagelab.engine.lang.Pos;

/**
 * Compiles the final condition, the filter and the locations list into
 * {@link Predicate}s. Herd conventions: on the left of '=' a location name is
 * its value, on the right its address ({@code 0:r1=x}).
 */
final class CondCompiler {
    /** Names a condition may use besides locations, registers and fields. */
    static final Set<String> VIOLATIONS = Set.of("assert", "bug", "warning", "oops", "refcount-negative",
            "use-after-free", "bad-page-free", "dirty-data-lost", "write-during-writeback", "deadlock", "livelock");

    record TT(Predicate.Term term, Type type) {
    }

    private final Compiler cc;
    /** In the locations list, a register the thread lacks shows as 0 (herd tolerates it). */
    boolean lenient;

    CondCompiler(Compiler cc) {
        this.cc = cc;
    }

    private Compiler.CompileError error(Pos p, String msg) {
        return cc.error(cc.file, p, msg);
    }

    Predicate pred(Cond c) {
        switch (c) {
            case CondAnd a -> {
                return new Predicate.Connective(0, pred(a.left()), pred(a.right()));
            }
            case CondOr o -> {
                return new Predicate.Connective(1, pred(o.left()), pred(o.right()));
            }
            case CondImplies i -> {
                return new Predicate.Connective(2, pred(i.left()), pred(i.right()));
            }
            case CondNot n -> {
                return new Predicate.Connective(3, pred(n.operand()), null);
            }
            case CondConst k -> {
                return new Predicate.Bool(k.value());
            }
            case CondViolation v -> {
                if (v.name() != null && !VIOLATIONS.contains(v.name())) {
                    throw error(v.pos(), "unknown violation '" + v.name() + "' (known: "
                            + String.join(", ", new java.util.TreeSet<>(VIOLATIONS)) + ")"
                            + Names.suggest(v.name(), VIOLATIONS));
                }
                return new Predicate.Violated(v.name());
            }
            case CondAtom a -> {
                TT l = term(a.left(), false);
                TT r = term(a.right(), true);
                int op = switch (a.op()) {
                    case "=" -> Op.EQ;
                    case "!=" -> Op.NE;
                    default -> Op.binop(a.op());
                };
                return new Predicate.Atom(l.term, op, r.term);
            }
        }
    }

    String text(Expr e) {
        return Names.print(e);
    }

    TT term(Expr e, boolean rhs) {
        switch (e) {
            case IntLit i -> {
                return new TT(new Predicate.Const((int) i.value(), Long.toString(i.value())), Type.INT_T);
            }
            case Unary u when u.op().equals("-") -> {
                TT t = term(u.operand(), rhs);
                return new TT(new Predicate.Arith(Op.SUB, new Predicate.Const(0, "0"), t.term, "-" + t.term.text()),
                        Type.INT_T);
            }
            case Unary u when u.op().equals("&") && u.operand() instanceof Name n && cc.locations.containsKey(n.name()) -> {
                return new TT(new Predicate.Const(cc.locations.get(n.name()).pointer(), n.name()), Type.INT_T);
            }
            case RegRef r -> {
                int ti = cc.threadIndex(r.thread(), r.pos());
                Program.ThreadInfo t = ti == cc.prog.threads.size() ? cc.prog.after : cc.prog.threads.get(ti);
                int slot = t.code().slot(r.reg());
                if (slot < 0 && lenient) {
                    return new TT(new Predicate.Const(0, r.thread() + ":" + r.reg()), Type.INT_T);
                }
                if (slot < 0) {
                    throw error(r.pos(), t.name() + " has no register '" + r.reg() + "'"
                            + Names.suggest(r.reg(), named(t.code())));
                }
                cc.observedRegs.add(ti + ":" + r.reg());
                return new TT(new Predicate.Reg(ti, slot, r.reg(), r.thread() + ":" + r.reg()),
                        t.code().localTypes[slot]);
            }
            case Name n -> {
                String id = n.name();
                Heap.Obj loc = cc.locations.get(id);
                if (loc != null) {
                    Predicate.Term addr = new Predicate.Const(loc.pointer(), id);
                    if (rhs) {
                        return new TT(addr, Type.INT_T);
                    }
                    return new TT(new Predicate.Mem(addr, 0, id), cc.locationTypes.getOrDefault(id, Type.INT_T));
                }
                Integer g = cc.globalIndex.get(id);
                if (g != null) {
                    return new TT(new Predicate.Const(cc.prog.globals[g], id), cc.globalTypeList.get(g));
                }
                if (cc.defines.containsKey(id)) {
                    return new TT(new Predicate.Const(cc.constant(id, n.pos(), cc.file), id), Type.INT_T);
                }
                if (id.equals("NULL")) {
                    return new TT(new Predicate.Const(0, "NULL"), Type.INT_T);
                }
                throw error(n.pos(), "unknown name '" + id + "' in the condition");
            }
            case Member m -> {
                TT base = term(m.base(), false);
                StructType.Field f = field(base, m);
                if (f.isArray()) {
                    throw error(m.pos(), "'" + f.name() + "' is an array; index it");
                }
                return new TT(new Predicate.Mem(base.term, f.offset(), Names.print(m)), cc.type(f.type(), cc.file));
            }
            case Index ix when ix.base() instanceof Member m && ix.index() instanceof IntLit k -> {
                TT base = term(m.base(), false);
                StructType.Field f = field(base, m);
                if (!f.isArray() || (f.length() > 0 && (k.value() < 0 || k.value() >= f.length()))) {
                    throw error(ix.pos(), "bad index " + k.value() + " of '" + f.name() + "'");
                }
                return new TT(new Predicate.Mem(base.term, f.offset() + (int) k.value(), Names.print(ix)),
                        cc.type(f.type(), cc.file));
            }
            case Binary b when Op.binop(b.op()) >= 0 && Op.binop(b.op()) < Op.EQ -> {
                TT l = term(b.left(), rhs);
                TT r = term(b.right(), rhs);
                return new TT(new Predicate.Arith(Op.binop(b.op()), l.term, r.term, Names.print(b)), Type.INT_T);
            }
            case Call c -> throw error(c.pos(), "functions cannot be called in the final condition; read fields "
                    + "instead (e.g. P->_refcount=1) or record the value in a register of the after block");
            default -> throw error(e.pos(), "expected a register (0:r1), location, field or number, found '"
                    + Names.print(e) + "'");
        }
    }

    private StructType.Field field(TT base, Member m) {
        if (!base.type.isStructPtr()) {
            throw error(m.pos(), "'" + Names.print(m.base()) + "' is " + base.type + ", not a pointer to a struct");
        }
        StructType st = base.type.pointee.struct;
        StructType.Field f = st.field(m.field());
        if (f == null) {
            java.util.List<String> fs = new java.util.ArrayList<>();
            for (StructType.Field x : st.fields()) {
                fs.add(x.name());
            }
            throw error(m.pos(), "struct " + st.name + " has no field '" + m.field() + "'" + Names.suggest(m.field(), fs));
        }
        return f;
    }

    private static java.util.List<String> named(Code c) {
        java.util.List<String> l = new java.util.ArrayList<>();
        for (String s : c.localNames) {
            if (s != null) {
                l.add(s);
            }
        }
        return l;
    }
}
