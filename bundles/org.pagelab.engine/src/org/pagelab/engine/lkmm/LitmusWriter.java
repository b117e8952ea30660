package org.pagelab.engine.lkmm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Ast.*;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.Pos;
import org.pagelab.engine.lang.ScenarioException;

/**
 * Writes a scenario that stays inside the LKMM litmus subset as a
 * {@code .litmus} file herd7 accepts unchanged: thread names dropped
 * ({@code P0:dio} becomes {@code P0}, {@code dio:r1} becomes {@code 0:r1}),
 * {@code #define}/{@code enum} constants substituted, {@code !=} written as
 * {@code ~(a=b)}, everything else printed back from the syntax tree. A
 * construct outside the subset (imports, MM objects, setup/after blocks,
 * functions, loops, violation atoms, unknown calls) is an error naming its
 * position.
 */
public final class LitmusWriter {
    /** The kernel primitives of linux-kernel.def (and lock/RCU/SRCU calls) herd7 knows. */
    public static final Set<String> PRIMITIVES = Set.of("READ_ONCE", "WRITE_ONCE", "smp_store_release",
            "smp_load_acquire", "rcu_assign_pointer", "rcu_dereference", "smp_store_mb", "smp_mb", "smp_rmb",
            "smp_wmb", "smp_mb__before_atomic", "smp_mb__after_atomic", "smp_mb__after_spinlock",
            "smp_mb__after_unlock_lock", "smp_mb__after_srcu_read_unlock", "barrier", "xchg", "xchg_relaxed",
            "xchg_release", "xchg_acquire", "cmpxchg", "cmpxchg_relaxed", "cmpxchg_acquire", "cmpxchg_release",
            "spin_lock", "spin_unlock", "spin_trylock", "spin_is_locked", "rcu_read_lock", "rcu_read_unlock",
            "synchronize_rcu", "synchronize_rcu_expedited", "srcu_read_lock", "srcu_read_unlock", "srcu_down_read",
            "srcu_up_read", "synchronize_srcu", "synchronize_srcu_expedited", "atomic_read", "atomic_set",
            "atomic_read_acquire", "atomic_set_release", "atomic_add", "atomic_sub", "atomic_and", "atomic_or",
            "atomic_xor", "atomic_inc", "atomic_dec", "atomic_andnot", "atomic_add_return",
            "atomic_add_return_relaxed", "atomic_add_return_acquire", "atomic_add_return_release",
            "atomic_fetch_add", "atomic_fetch_add_relaxed", "atomic_fetch_add_acquire", "atomic_fetch_add_release",
            "atomic_fetch_and", "atomic_fetch_and_relaxed", "atomic_fetch_and_acquire", "atomic_fetch_and_release",
            "atomic_fetch_or", "atomic_fetch_or_relaxed", "atomic_fetch_or_acquire", "atomic_fetch_or_release",
            "atomic_fetch_xor", "atomic_fetch_xor_relaxed", "atomic_fetch_xor_acquire", "atomic_fetch_xor_release",
            "atomic_inc_return", "atomic_inc_return_relaxed", "atomic_inc_return_acquire",
            "atomic_inc_return_release", "atomic_fetch_inc", "atomic_fetch_inc_relaxed", "atomic_fetch_inc_acquire",
            "atomic_fetch_inc_release", "atomic_sub_return", "atomic_sub_return_relaxed",
            "atomic_sub_return_acquire", "atomic_sub_return_release", "atomic_fetch_sub",
            "atomic_fetch_sub_relaxed", "atomic_fetch_sub_acquire", "atomic_fetch_sub_release",
            "atomic_dec_return", "atomic_dec_return_relaxed", "atomic_dec_return_acquire",
            "atomic_dec_return_release", "atomic_fetch_dec", "atomic_fetch_dec_relaxed", "atomic_fetch_dec_acquire",
            "atomic_fetch_dec_release", "atomic_xchg", "atomic_xchg_relaxed", "atomic_xchg_release",
            "atomic_xchg_acquire", "atomic_cmpxchg", "atomic_cmpxchg_relaxed", "atomic_cmpxchg_acquire",
            "atomic_cmpxchg_release", "atomic_sub_and_test", "atomic_dec_and_test", "atomic_inc_and_test",
            "atomic_add_negative", "atomic_add_negative_relaxed", "atomic_add_negative_acquire",
            "atomic_add_negative_release", "atomic_fetch_andnot", "atomic_fetch_andnot_acquire",
            "atomic_fetch_andnot_release", "atomic_fetch_andnot_relaxed", "atomic_add_unless", "ATOMIC_INIT");

    private final Ast.Scenario s;
    private final Map<String, Expr> defines = new HashMap<>();
    private final Map<String, String> threadIndex = new HashMap<>();

    private LitmusWriter(Ast.Scenario s) {
        this.s = s;
        for (Define d : s.items().defines()) {
            defines.put(d.name(), d.value());
        }
        for (Ast.Thread t : s.threads()) {
            threadIndex.put(String.valueOf(t.index()), String.valueOf(t.index()));
            if (t.name() != null) {
                threadIndex.put(t.name(), String.valueOf(t.index()));
            }
        }
    }

    /**
     * The herd7 text of a scenario in the litmus subset.
     *
     * @param note a line for the header comment (e.g. "Exported by Pagelab from x.pgl"), or null
     */
    public static String write(Ast.Scenario s, String note) throws ScenarioException {
        return new LitmusWriter(s).doWrite(note);
    }

    private ScenarioException outside(Pos pos, String what) {
        return new ScenarioException(Diagnostic.error(s.file(), pos,
                what + " is outside the litmus subset herd7 accepts (export the racy core of an execution instead)"));
    }

    private String doWrite(String note) throws ScenarioException {
        Items it = s.items();
        if (!it.imports().isEmpty()) {
            throw outside(it.imports().get(0).pos(), "'import " + it.imports().get(0).module() + "'");
        }
        if (!it.variants().isEmpty()) {
            throw outside(it.variants().get(0).pos(), "a variant selection");
        }
        if (!it.structs().isEmpty()) {
            throw outside(it.structs().get(0).pos(), "a struct definition");
        }
        if (!it.functions().isEmpty()) {
            throw outside(it.functions().get(0).pos(), "a function definition");
        }
        if (s.setup() != null) {
            throw outside(s.setup().pos(), "a setup block");
        }
        if (s.after() != null) {
            throw outside(s.after().pos(), "an after block");
        }
        if (s.condition() == null) {
            throw new ScenarioException(Diagnostic.error(s.file(), s.namePos(),
                    "herd7 needs a final condition (exists, ~exists or forall)"));
        }
        StringBuilder b = new StringBuilder();
        b.append("C ").append(s.name()).append("\n\n(*\n");
        if (s.result() != null) {
            b.append(" * Result: ").append(s.result()).append('\n');
        }
        MemoryModel declared = ModelHeader.declared(s);
        if (declared != null) {
            b.append(" * Model: ").append(declared.name()).append('\n');
        }
        if (note != null) {
            b.append(" * ").append(note).append('\n');
        }
        b.append(" *)\n\n{\n");
        for (InitEntry e : s.init()) {
            b.append('\t');
            if (e.type() != null) {
                b.append(type(e.type())).append(e.type().pointers() > 0 && e.thread() == null ? "" : " ");
            }
            if (e.thread() != null) {
                b.append(thread(e.thread(), e.pos())).append(':');
            }
            b.append(e.name());
            if (e.value() != null) {
                b.append(" = ").append(expr(e.value()));
            }
            b.append(";\n");
        }
        b.append("}\n");
        for (Ast.Thread t : s.threads()) {
            if (t.daemon()) {
                throw outside(t.pos(), "a daemon thread");
            }
            b.append("\nP").append(t.index()).append('(');
            List<Param> ps = t.params();
            for (int i = 0; i < ps.size(); i++) {
                b.append(i > 0 ? ", " : "").append(declare(ps.get(i).type(), ps.get(i).name()));
            }
            b.append(")\n");
            block(b, t.body(), 0);
        }
        b.append('\n');
        if (!s.locations().isEmpty()) {
            b.append("locations [");
            for (int i = 0; i < s.locations().size(); i++) {
                b.append(i > 0 ? "; " : "").append(term(s.locations().get(i)));
            }
            b.append("]\n");
        }
        if (s.filter() != null) {
            b.append("filter (").append(top(s.filter())).append(")\n");
        }
        b.append(s.condition().quantifier()).append(" (").append(top(s.condition().cond())).append(")\n");
        return b.toString();
    }

    private String thread(String ref, Pos pos) throws ScenarioException {
        String idx = threadIndex.get(ref);
        if (idx == null) {
            throw new ScenarioException(Diagnostic.error(s.file(), pos, "unknown thread '" + ref + "'"));
        }
        return idx;
    }

    /** "int *x", "int r1". */
    private static String declare(TypeRef t, String name) {
        return t.name() + " " + "*".repeat(t.pointers()) + name;
    }

    private static String type(TypeRef t) {
        return t.name() + (t.pointers() > 0 ? " " + "*".repeat(t.pointers()) : "");
    }

    // ------------------------------------------------------------------ statements

    private void block(StringBuilder b, Block blk, int depth) throws ScenarioException {
        b.append("\t".repeat(depth)).append("{\n");
        for (Stmt st : blk.stmts()) {
            stmt(b, st, depth + 1);
        }
        b.append("\t".repeat(depth)).append("}\n");
    }

    private void stmt(StringBuilder b, Stmt st, int depth) throws ScenarioException {
        String ind = "\t".repeat(depth);
        switch (st) {
            case Block blk -> block(b, blk, depth);
            case VarDecl v -> b.append(ind).append(decl(v)).append(";\n");
            case Decls ds -> {
                for (VarDecl v : ds.decls()) {
                    b.append(ind).append(decl(v)).append(";\n");
                }
            }
            case ExprStmt e -> b.append(ind).append(expr(e.expr())).append(";\n");
            case If i -> {
                b.append(ind).append("if (").append(expr(i.cond())).append(")\n");
                branch(b, i.then(), depth);
                if (i.otherwise() != null) {
                    b.append(ind).append("else\n");
                    branch(b, i.otherwise(), depth);
                }
            }
            case Empty e -> b.append(ind).append(";\n");
            case While w -> throw outside(w.pos(), "a while loop");
            case DoWhile w -> throw outside(w.pos(), "a do-while loop");
            case For f -> throw outside(f.pos(), "a for loop");
            case Return r -> throw outside(r.pos(), "return");
            case Break r -> throw outside(r.pos(), "break");
            case Continue r -> throw outside(r.pos(), "continue");
            case Goto g -> throw outside(g.pos(), "goto");
            case Labeled l -> throw outside(l.pos(), "a label");
        }
    }

    private void branch(StringBuilder b, Stmt st, int depth) throws ScenarioException {
        if (st instanceof Block blk) {
            block(b, blk, depth);
        } else {
            stmt(b, st, depth + 1);
        }
    }

    private String decl(VarDecl v) throws ScenarioException {
        if (v.arraySize() != null) {
            throw outside(v.pos(), "an array");
        }
        return declare(v.type(), v.name()) + (v.init() == null ? "" : " = " + expr(v.init()));
    }

    // ------------------------------------------------------------------ expressions

    private String expr(Expr e) throws ScenarioException {
        return switch (e) {
            case IntLit i -> Long.toString(i.value());
            case Name n -> {
                Expr d = defines.get(n.name());
                yield d != null ? "(" + expr(d) + ")" : n.name();
            }
            case Unary u -> u.op() + operand(u.operand());
            case Binary bi -> operand(bi.left()) + " " + bi.op() + " " + operand(bi.right());
            case Assign a -> expr(a.target()) + " " + a.op() + " " + expr(a.value());
            case Cast c -> "(" + type(c.type()) + ")" + operand(c.operand());
            case Call c -> {
                if (!PRIMITIVES.contains(c.callee())) {
                    throw outside(c.pos(), "a call to " + c.callee() + "()");
                }
                StringBuilder sb = new StringBuilder(c.callee()).append('(');
                for (int i = 0; i < c.args().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(expr(c.args().get(i)));
                }
                yield sb.append(')').toString();
            }
            case Postfix p -> throw outside(p.pos(), "'" + p.op() + "'");
            case Conditional c -> throw outside(c.pos(), "the ?: operator");
            case Index x -> throw outside(x.pos(), "array indexing");
            case Member m -> throw outside(m.pos(), "a field of an MM object");
            case SizeOf z -> throw outside(z.pos(), "sizeof");
            case StrLit z -> throw outside(z.pos(), "a string");
            case RegRef r -> throw outside(r.pos(), "a register reference");
        };
    }

    private String operand(Expr e) throws ScenarioException {
        String t = expr(e);
        return e instanceof Binary || e instanceof Assign || e instanceof Unary ? "(" + t + ")" : t;
    }

    // ------------------------------------------------------------------ condition

    private String cond(Cond c) throws ScenarioException {
        return switch (c) {
            case CondAnd a -> "(" + chain(a, " /\\ ") + ")";
            case CondOr o -> "(" + chain(o, " \\/ ") + ")";
            case CondNot n -> "~" + cond(n.operand());
            case CondImplies i -> "(" + cond(i.left()) + " => " + cond(i.right()) + ")";
            case CondConst k -> k.value() ? "true" : "false";
            case CondViolation v -> throw outside(v.pos(), "'" + (v.name() == null ? "violation" : v.name()) + "'");
            case CondAtom a -> switch (a.op()) {
                case "=" -> term(a.left()) + "=" + term(a.right());
                case "!=" -> "~(" + term(a.left()) + "=" + term(a.right()) + ")";
                default -> throw outside(a.pos(), "the comparison '" + a.op() + "'");
            };
        };
    }

    /** A condition inside the parentheses of exists (...): no extra pair around a chain. */
    private String top(Cond c) throws ScenarioException {
        if (c instanceof CondAnd) {
            return chain(c, " /\\ ");
        }
        if (c instanceof CondOr) {
            return chain(c, " \\/ ");
        }
        return cond(c);
    }

    /** a /\ b /\ c without the parentheses of left-nested chains of the same operator. */
    private String chain(Cond c, String op) throws ScenarioException {
        Cond l;
        Cond r;
        if (c instanceof CondAnd a && op.contains("/\\ ")) {
            l = a.left();
            r = a.right();
        } else if (c instanceof CondOr o && op.contains("\\/")) {
            l = o.left();
            r = o.right();
        } else {
            return cond(c);
        }
        return chain(l, op) + op + chain(r, op);
    }

    private String term(Expr e) throws ScenarioException {
        return switch (e) {
            case RegRef r -> thread(r.thread(), r.pos()) + ":" + r.reg();
            case IntLit i -> Long.toString(i.value());
            case Name n -> defines.containsKey(n.name()) ? constant(defines.get(n.name()), n.pos()) : n.name();
            case Unary u when u.op().equals("-") && u.operand() instanceof IntLit i -> "-" + i.value();
            default -> throw outside(e.pos(), "this term");
        };
    }

    private String constant(Expr e, Pos at) throws ScenarioException {
        if (e instanceof IntLit i) {
            return Long.toString(i.value());
        }
        if (e instanceof Unary u && u.op().equals("-") && u.operand() instanceof IntLit i) {
            return "-" + i.value();
        }
        throw outside(at, "a computed constant in the condition");
    }
}
