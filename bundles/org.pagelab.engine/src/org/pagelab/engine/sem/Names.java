package org.pagelab.engine.sem;

import java.util.Collection;

import org.pagelab.engine.lang.Ast.*;

/** Small helpers for messages: "did you mean" and printing expressions back as C. */
public final class Names {
    private Names() {
    }

    /** " (did you mean 'x'?)" for the closest of {@code known}, or "". */
    public static String suggest(String name, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        if (best != null && bestD <= Math.max(1, name.length() / 3) && bestD < name.length()) {
            return " (did you mean '" + best + "'?)";
        }
        return "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The expression as C source (for assertion messages and step descriptions). */
    public static String print(Expr e) {
        return switch (e) {
            case IntLit i -> Long.toString(i.value());
            case StrLit s -> "\"" + s.value() + "\"";
            case Name n -> n.name();
            case RegRef r -> r.thread() + ":" + r.reg();
            case Unary u -> u.op() + paren(u.operand());
            case Postfix p -> paren(p.operand()) + p.op();
            case Binary b -> paren(b.left()) + " " + b.op() + " " + paren(b.right());
            case Assign a -> print(a.target()) + " " + a.op() + " " + print(a.value());
            case Conditional c -> paren(c.cond()) + " ? " + paren(c.then()) + " : " + paren(c.otherwise());
            case Call c -> {
                StringBuilder sb = new StringBuilder(c.callee()).append('(');
                if (c.typeArg() != null) {
                    sb.append(c.typeArg());
                    if (!c.args().isEmpty()) {
                        sb.append(", ");
                    }
                }
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(print(c.args().get(i)));
                }
                yield sb.append(')').toString();
            }
            case Index i -> paren(i.base()) + "[" + print(i.index()) + "]";
            case Member m -> paren(m.base()) + (m.arrow() ? "->" : ".") + m.field();
            case Cast c -> "(" + c.type() + ")" + paren(c.operand());
            case SizeOf s -> "sizeof(" + s.type() + ")";
        };
    }

    private static String paren(Expr e) {
        String s = print(e);
        return e instanceof Binary || e instanceof Assign || e instanceof Conditional ? "(" + s + ")" : s;
    }
}
