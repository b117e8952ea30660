package org.pagelab.engine.lkmm;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Ast.*;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.Pos;
import org.pagelab.engine.lang.ScenarioException;

/**
 * Translates a litmus final condition or filter from the syntax tree to a
 * {@link Prop}. herd7 conventions: {@code 0:r1} is register r1 of P0 (a
 * thread may also be named, {@code dio:r1}); a location name on the left of
 * {@code =} is its final value, on the right its address; an integer is
 * itself.
 */
public final class CondBridge {
    /** Name resolution for conditions. */
    public interface Resolver {
        /** Thread index for "0" or "dio", or -1. */
        int thread(String ref);

        /** Location index, or -1 when no such location. */
        int location(String name);

        /** Value of a #define / enum constant, or null. */
        Long constant(String name);

        /** The address of a location as a value (herd7: a location name on the right of =). */
        default long address(int loc) {
            return Locations.ptr(loc);
        }
    }

    private final String file;
    private final Resolver r;

    public CondBridge(String file, Resolver r) {
        this.file = file;
        this.r = r;
    }

    private ScenarioException err(Pos pos, String msg) {
        return new ScenarioException(Diagnostic.error(file, pos, msg));
    }

    public Prop prop(Cond c) throws ScenarioException {
        return switch (c) {
            case CondAnd a -> new Prop.And(prop(a.left()), prop(a.right()));
            case CondOr o -> new Prop.Or(prop(o.left()), prop(o.right()));
            case CondNot n -> new Prop.Not(prop(n.operand()));
            case CondImplies i -> new Prop.Implies(prop(i.left()), prop(i.right()));
            case CondConst k -> new Prop.Bool(k.value());
            case CondViolation v -> throw err(v.pos(), "'" + (v.name() == null ? "violation" : v.name())
                    + "' is a property of the SC explorer; an axiomatic model decides only register and memory values");
            case CondAtom a -> {
                Prop.Term left = term(a.left(), false);
                Prop.Term right = term(a.right(), true);
                yield a.op().equals("=") ? new Prop.Eq(left, right) : new Prop.Cmp(left, a.op(), right);
            }
        };
    }

    private Prop.Term term(Expr e, boolean rightSide) throws ScenarioException {
        switch (e) {
            case RegRef rr -> {
                int t = r.thread(rr.thread());
                if (t < 0) {
                    throw err(rr.pos(), "no thread '" + rr.thread() + "' for register " + rr.thread() + ":" + rr.reg());
                }
                return new Prop.Reg(t, rr.reg());
            }
            case IntLit i -> {
                return new Prop.Const(i.value());
            }
            case Unary u when u.op().equals("-") && u.operand() instanceof IntLit i -> {
                return new Prop.Const(-i.value());
            }
            case Unary u when u.op().equals("&") && u.operand() instanceof Name n -> {
                return new Prop.Const(r.address(loc(n)));
            }
            case Name n -> {
                Long k = r.constant(n.name());
                if (k != null) {
                    return new Prop.Const(k);
                }
                int l = loc(n);
                return rightSide ? new Prop.Const(r.address(l)) : new Prop.Mem(l);
            }
            default -> throw err(e.pos(), "unsupported term in a litmus condition (expected a register such as 0:r1, "
                    + "a location or a number)");
        }
    }

    private int loc(Name n) throws ScenarioException {
        int l = r.location(n.name());
        if (l < 0) {
            throw err(n.pos(), "unknown location '" + n.name() + "'");
        }
        return l;
    }

    /** The expected verdict of a scenario, as the explorer's verdict text, or null. */
    public static String expected(Ast.Scenario s) {
        return s.expected() == null ? null : s.expected().toString();
    }
}
