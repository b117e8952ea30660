package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pagelab.engine.lang.Ast.*;

/**
 * The static rule that keeps state spaces finite: a loop is either
 * <em>bounded</em> (a counting loop {@code for (i = a; i < b; i++)} whose
 * counter and bound the body leaves alone) or a <em>retry loop</em>, which
 * carries no local state from one iteration to the next: no variable
 * declared outside the loop is read in an iteration before that iteration
 * assigned it. A retry loop that makes no progress brings the thread back to
 * the same state, which the explorer sees as a cycle (a livelock if it can
 * repeat forever). Anything else is an "unbounded loop" error.
 */
final class LoopCheck {
    private LoopCheck() {
    }

    /** The problem, or null when the loop is fine. {@code region} is cond/body/update in execution order. */
    static String check(Stmt loop, List<Object> region, Set<String> declaredInside,
            java.util.function.Predicate<Expr> positiveConstant) {
        if (loop instanceof For f && counting(f, positiveConstant)) {
            return null;
        }
        Set<String> assigned = new HashSet<>();
        for (Object o : region) {
            collectAssigned(o, assigned);
        }
        assigned.removeAll(declaredInside);
        if (assigned.isEmpty()) {
            return null;
        }
        Set<String> defined = new HashSet<>();
        for (Object o : region) {
            String bad = flow(o, assigned, defined);
            if (bad != null) {
                return "unbounded loop: '" + bad + "' carries a value from one iteration to the next, so the state may "
                        + "never repeat; bound the loop (for (i = 0; i < N; i++)) or make it a retry loop that starts "
                        + "afresh (declare '" + bad + "' inside the loop)";
            }
        }
        return null;
    }

    private static boolean counting(For f, java.util.function.Predicate<Expr> positiveConstant) {
        String var = null;
        if (f.init() instanceof VarDecl d && d.init() != null) {
            var = d.name();
        } else if (f.init() instanceof ExprStmt es && es.expr() instanceof Assign a && a.op().equals("=")
                && a.target() instanceof Name n) {
            var = n.name();
        }
        if (var == null || !(f.cond() instanceof Binary c) || f.update() == null) {
            return false;
        }
        int dir = direction(f.update(), var, positiveConstant);
        if (dir == 0) {
            return false;
        }
        Expr bound;
        String op = c.op();
        if (c.left() instanceof Name l && l.name().equals(var)) {
            bound = c.right();
        } else if (c.right() instanceof Name r && r.name().equals(var)) {
            bound = c.left();
            op = switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
        } else {
            return false;
        }
        boolean ok = switch (op) {
            case "<", "<=" -> dir > 0;
            case ">", ">=" -> dir < 0;
            case "!=" -> true;
            default -> false;
        };
        if (!ok) {
            return false;
        }
        Set<String> inBody = new HashSet<>();
        collectAssigned(f.body(), inBody);
        Set<String> boundVars = new HashSet<>();
        collectNames(bound, boundVars);
        boundVars.add(var);
        for (String v : boundVars) {
            if (inBody.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** +1 for i++ / i += c (c &gt; 0), -1 for i-- / i -= c, 0 otherwise. */
    private static int direction(Expr upd, String var, java.util.function.Predicate<Expr> positiveConstant) {
        if (upd instanceof Postfix p && p.operand() instanceof Name n && n.name().equals(var)) {
            return p.op().equals("++") ? 1 : -1;
        }
        if (upd instanceof Unary u && (u.op().equals("++") || u.op().equals("--")) && u.operand() instanceof Name n
                && n.name().equals(var)) {
            return u.op().equals("++") ? 1 : -1;
        }
        if (upd instanceof Assign a && a.target() instanceof Name n && n.name().equals(var)
                && positiveConstant.test(a.value())) {
            return a.op().equals("+=") ? 1 : a.op().equals("-=") ? -1 : 0;
        }
        return 0;
    }

    static void collectNames(Object o, Set<String> out) {
        walk(o, x -> {
            if (x instanceof Name n) {
                out.add(n.name());
            }
        });
    }

    static void collectAssigned(Object o, Set<String> out) {
        walk(o, x -> {
            if (x instanceof Assign a && a.target() instanceof Name n) {
                out.add(n.name());
            } else if (x instanceof Postfix p && p.operand() instanceof Name n) {
                out.add(n.name());
            } else if (x instanceof Unary u && (u.op().equals("++") || u.op().equals("--"))
                    && u.operand() instanceof Name n) {
                out.add(n.name());
            }
        });
    }

    static void collectDeclared(Object o, Set<String> out) {
        walk(o, x -> {
            if (x instanceof VarDecl d) {
                out.add(d.name());
            }
        });
    }

    /**
     * Walks statements/expressions in execution order; returns a variable of
     * {@code watched} read before being assigned in this iteration, or null.
     */
    private static String flow(Object o, Set<String> watched, Set<String> defined) {
        if (o == null) {
            return null;
        }
        if (o instanceof Expr e) {
            return flowExpr(e, watched, defined);
        }
        Stmt s = (Stmt) o;
        switch (s) {
            case Block b -> {
                for (Stmt st : b.stmts()) {
                    String r = flow(st, watched, defined);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            case VarDecl d -> {
                return d.init() == null ? null : flowExpr(d.init(), watched, defined);
            }
            case Decls ds -> {
                for (VarDecl d : ds.decls()) {
                    String r = flow(d, watched, defined);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            case ExprStmt es -> {
                return flowExpr(es.expr(), watched, defined);
            }
            case If i -> {
                String r = flowExpr(i.cond(), watched, defined);
                if (r != null) {
                    return r;
                }
                Set<String> a = new HashSet<>(defined);
                Set<String> b = new HashSet<>(defined);
                r = flow(i.then(), watched, a);
                if (r == null) {
                    r = flow(i.otherwise(), watched, b);
                }
                a.retainAll(b);
                defined.addAll(a);
                return r;
            }
            case While w -> {
                Set<String> inner = new HashSet<>(defined);
                String r = flowExpr(w.cond(), watched, inner);
                return r != null ? r : flow(w.body(), watched, inner);
            }
            case DoWhile dw -> {
                String r = flow(dw.body(), watched, defined);
                return r != null ? r : flowExpr(dw.cond(), watched, defined);
            }
            case For f -> {
                String r = flow(f.init(), watched, defined);
                Set<String> inner = new HashSet<>(defined);
                if (r == null) {
                    r = flowExpr(f.cond(), watched, inner);
                }
                if (r == null) {
                    r = flow(f.body(), watched, inner);
                }
                if (r == null) {
                    r = flowExpr(f.update(), watched, inner);
                }
                return r;
            }
            case Return ret -> {
                return ret.value() == null ? null : flowExpr(ret.value(), watched, defined);
            }
            case Labeled l -> {
                return flow(l.stmt(), watched, defined);
            }
            default -> {
                return null;
            }
        }
    }

    private static String flowExpr(Expr e, Set<String> watched, Set<String> defined) {
        if (e == null) {
            return null;
        }
        if (e instanceof Assign a && a.target() instanceof Name n) {
            if (!a.op().equals("=") && watched.contains(n.name()) && !defined.contains(n.name())) {
                return n.name();
            }
            String r = flowExpr(a.value(), watched, defined);
            defined.add(n.name());
            return r;
        }
        if (e instanceof Name n) {
            return watched.contains(n.name()) && !defined.contains(n.name()) ? n.name() : null;
        }
        if (e instanceof Binary b && (b.op().equals("&&") || b.op().equals("||"))) {
            String r = flowExpr(b.left(), watched, defined);
            return r != null ? r : flowExpr(b.right(), watched, new HashSet<>(defined));
        }
        if (e instanceof Conditional c) {
            String r = flowExpr(c.cond(), watched, defined);
            if (r == null) {
                r = flowExpr(c.then(), watched, new HashSet<>(defined));
            }
            return r != null ? r : flowExpr(c.otherwise(), watched, new HashSet<>(defined));
        }
        for (Object child : children(e)) {
            String r = flowExpr((Expr) child, watched, defined);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static List<Object> children(Object o) {
        List<Object> c = new ArrayList<>();
        switch (o) {
            case Unary u -> c.add(u.operand());
            case Postfix p -> c.add(p.operand());
            case Binary b -> {
                c.add(b.left());
                c.add(b.right());
            }
            case Assign a -> {
                c.add(a.target());
                c.add(a.value());
            }
            case Conditional k -> {
                c.add(k.cond());
                c.add(k.then());
                c.add(k.otherwise());
            }
            case Call call -> c.addAll(call.args());
            case Index i -> {
                c.add(i.base());
                c.add(i.index());
            }
            case Member m -> c.add(m.base());
            case Cast k -> c.add(k.operand());
            case Block b -> c.addAll(b.stmts());
            case VarDecl d -> {
                if (d.init() != null) {
                    c.add(d.init());
                }
            }
            case Decls ds -> c.addAll(ds.decls());
            case ExprStmt es -> c.add(es.expr());
            case If i -> {
                c.add(i.cond());
                c.add(i.then());
                if (i.otherwise() != null) {
                    c.add(i.otherwise());
                }
            }
            case While w -> {
                c.add(w.cond());
                c.add(w.body());
            }
            case DoWhile dw -> {
                c.add(dw.body());
                c.add(dw.cond());
            }
            case For f -> {
                if (f.init() != null) {
                    c.add(f.init());
                }
                if (f.cond() != null) {
                    c.add(f.cond());
                }
                if (f.update() != null) {
                    c.add(f.update());
                }
                c.add(f.body());
            }
            case Return r -> {
                if (r.value() != null) {
                    c.add(r.value());
                }
            }
            case Labeled l -> c.add(l.stmt());
            default -> {
            }
        }
        return c;
    }

    static void walk(Object o, java.util.function.Consumer<Object> f) {
        if (o == null) {
            return;
        }
        f.accept(o);
        for (Object c : children(o)) {
            walk(c, f);
        }
    }
}
