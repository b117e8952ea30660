package org.pagelab.engine.lkmm;

/**
 * The proposition of a litmus final condition ({@code exists}, {@code ~exists},
 * {@code forall}) or {@code filter}, evaluated in three-valued logic so that
 * the enumerator can prune while some threads or locations are still open:
 * {@link #TRUE}, {@link #FALSE} or {@link #UNKNOWN}.
 */
public sealed interface Prop {
    int FALSE = 0;
    int TRUE = 1;
    int UNKNOWN = -1;

    /** What the proposition's terms evaluate to; null where not known yet. */
    interface Valuation {
        /** Final value of a thread's register, null when the thread is still open. */
        Long reg(int thread, String name);

        /** Final value of a location, null when its coherence order is still open. */
        Long mem(int loc);

        /** Value of a register resolved to a slot by {@link Prop#resolve}; null when unknown. */
        default Long slot(int thread, int slot) {
            return null;
        }
    }

    /** The same proposition with each term replaced by {@code f(term)} (e.g. registers by slots). */
    default Prop resolve(java.util.function.UnaryOperator<Term> f) {
        return switch (this) {
            case Eq e -> new Eq(f.apply(e.a()), f.apply(e.b()));
            case Cmp c -> new Cmp(f.apply(c.a()), c.op(), f.apply(c.b()));
            case Not n -> new Not(n.p().resolve(f));
            case And a -> new And(a.a().resolve(f), a.b().resolve(f));
            case Or o -> new Or(o.a().resolve(f), o.b().resolve(f));
            case Implies i -> new Implies(i.a().resolve(f), i.b().resolve(f));
            case Bool b -> b;
        };
    }

    /** Three-valued evaluation. */
    int eval(Valuation v);

    /** A term: a register, a location's final value, or a constant. */
    sealed interface Term {
        Long value(Valuation v);
    }

    record Reg(int thread, String name) implements Term {
        @Override
        public Long value(Valuation v) {
            return v.reg(thread, name);
        }
    }

    /** A register resolved to a slot of the explorer's register table. */
    record Slot(int thread, int slot, String name) implements Term {
        @Override
        public Long value(Valuation v) {
            return v.slot(thread, slot);
        }
    }

    record Mem(int loc) implements Term {
        @Override
        public Long value(Valuation v) {
            return v.mem(loc);
        }
    }

    record Const(long value) implements Term {
        @Override
        public Long value(Valuation v) {
            return value;
        }
    }

    /** {@code a = b}. */
    record Eq(Term a, Term b) implements Prop {
        @Override
        public int eval(Valuation v) {
            Long x = a.value(v);
            Long y = b.value(v);
            if (x == null || y == null) {
                return UNKNOWN;
            }
            return x.longValue() == y.longValue() ? TRUE : FALSE;
        }
    }

    /** {@code a op b} with op one of != &lt; &lt;= &gt; &gt;= (signed comparison). */
    record Cmp(Term a, String op, Term b) implements Prop {
        @Override
        public int eval(Valuation v) {
            Long x = a.value(v);
            Long y = b.value(v);
            if (x == null || y == null) {
                return UNKNOWN;
            }
            long p = x;
            long q = y;
            boolean r = switch (op) {
                case "=" -> p == q;
                case "!=" -> p != q;
                case "<" -> p < q;
                case "<=" -> p <= q;
                case ">" -> p > q;
                case ">=" -> p >= q;
                default -> throw new IllegalArgumentException(op);
            };
            return r ? TRUE : FALSE;
        }
    }

    record Not(Prop p) implements Prop {
        @Override
        public int eval(Valuation v) {
            int r = p.eval(v);
            return r == UNKNOWN ? UNKNOWN : 1 - r;
        }
    }

    record And(Prop a, Prop b) implements Prop {
        @Override
        public int eval(Valuation v) {
            int x = a.eval(v);
            if (x == FALSE) {
                return FALSE;
            }
            int y = b.eval(v);
            if (y == FALSE) {
                return FALSE;
            }
            return x == TRUE && y == TRUE ? TRUE : UNKNOWN;
        }
    }

    record Or(Prop a, Prop b) implements Prop {
        @Override
        public int eval(Valuation v) {
            int x = a.eval(v);
            if (x == TRUE) {
                return TRUE;
            }
            int y = b.eval(v);
            if (y == TRUE) {
                return TRUE;
            }
            return x == FALSE && y == FALSE ? FALSE : UNKNOWN;
        }
    }

    /** {@code a -> b}. */
    record Implies(Prop a, Prop b) implements Prop {
        @Override
        public int eval(Valuation v) {
            return new Or(new Not(a), b).eval(v);
        }
    }

    record Bool(boolean value) implements Prop {
        @Override
        public int eval(Valuation v) {
            return value ? TRUE : FALSE;
        }
    }

    Prop ALWAYS = new Bool(true);
}
