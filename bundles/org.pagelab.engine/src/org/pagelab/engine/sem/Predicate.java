package org.pagelab.engine.sem;

import java.util.List;

/**
 * A compiled final condition or filter: a tree of connectives over atoms
 * comparing {@link Term}s, plus violation predicates.
 */
public abstract class Predicate {
    public abstract boolean test(FinalView v);

    /** Whether the predicate mentions violation, violation(name), deadlock or livelock. */
    public abstract boolean mentionsViolation();

    /** Whether it mentions registers, locations or object fields. */
    public abstract boolean mentionsState();

    /** A value in a condition: a register, a location's value, an address, a constant, an object field. */
    public abstract static class Term {
        public abstract int eval(FinalView v);

        /** How to print it ("0:r1", "x", "P->_refcount"). */
        public abstract String text();

        boolean isState() {
            return true;
        }
    }

    static final class Const extends Term {
        final int value;
        final String text;

        Const(int value, String text) {
            this.value = value;
            this.text = text;
        }

        @Override
        public int eval(FinalView v) {
            return value;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        boolean isState() {
            return false;
        }
    }

    static final class Reg extends Term {
        final int thread;
        final int slot;
        final String name;
        final String text;

        Reg(int thread, int slot, String name, String text) {
            this.thread = thread;
            this.slot = slot;
            this.name = name;
            this.text = text;
        }

        @Override
        public int eval(FinalView v) {
            return v.register(thread, slot, name);
        }

        @Override
        public String text() {
            return text;
        }
    }

    /** The value in a cell whose address is given by another term (a location, a field). */
    static final class Mem extends Term {
        final Term address;
        final int offset;
        final String text;

        Mem(Term address, int offset, String text) {
            this.address = address;
            this.offset = offset;
            this.text = text;
        }

        @Override
        public int eval(FinalView v) {
            int a = address.eval(v);
            int cell = a - Heap.PTR_BASE + offset;
            return a < Heap.PTR_BASE ? 0 : v.memory(cell);
        }

        @Override
        public String text() {
            return text;
        }
    }

    static final class Arith extends Term {
        final int op;
        final Term l;
        final Term r;
        final String text;

        Arith(int op, Term l, Term r, String text) {
            this.op = op;
            this.l = l;
            this.r = r;
            this.text = text;
        }

        @Override
        public int eval(FinalView v) {
            return Op.apply(op, l.eval(v), r.eval(v));
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        boolean isState() {
            return l.isState() || r.isState();
        }
    }

    static final class Atom extends Predicate {
        final Term l;
        final int op;
        final Term r;

        Atom(Term l, int op, Term r) {
            this.l = l;
            this.op = op;
            this.r = r;
        }

        @Override
        public boolean test(FinalView v) {
            return Op.apply(op, l.eval(v), r.eval(v)) != 0;
        }

        @Override
        public boolean mentionsViolation() {
            return false;
        }

        @Override
        public boolean mentionsState() {
            return l.isState() || r.isState();
        }
    }

    static final class Violated extends Predicate {
        final String name;

        Violated(String name) {
            this.name = name;
        }

        @Override
        public boolean test(FinalView v) {
            String got = v.violation();
            return got != null && (name == null || name.equals(got));
        }

        @Override
        public boolean mentionsViolation() {
            return true;
        }

        @Override
        public boolean mentionsState() {
            return false;
        }
    }

    static final class Bool extends Predicate {
        final boolean value;

        Bool(boolean value) {
            this.value = value;
        }

        @Override
        public boolean test(FinalView v) {
            return value;
        }

        @Override
        public boolean mentionsViolation() {
            return false;
        }

        @Override
        public boolean mentionsState() {
            return false;
        }
    }

    /** op: 0 and, 1 or, 2 implies, 3 not (r unused). */
    static final class Connective extends Predicate {
        final int op;
        final Predicate l;
        final Predicate r;

        Connective(int op, Predicate l, Predicate r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override
        public boolean test(FinalView v) {
            return switch (op) {
                case 0 -> l.test(v) && r.test(v);
                case 1 -> l.test(v) || r.test(v);
                case 2 -> !l.test(v) || r.test(v);
                default -> !l.test(v);
            };
        }

        @Override
        public boolean mentionsViolation() {
            return l.mentionsViolation() || (r != null && r.mentionsViolation());
        }

        @Override
        public boolean mentionsState() {
            return l.mentionsState() || (r != null && r.mentionsState());
        }
    }

    /** Names of violations mentioned (a null entry means "any violation"). */
    public static void violations(Predicate p, List<String> out) {
        if (p instanceof Violated v) {
            out.add(v.name);
        } else if (p instanceof Connective c) {
            violations(c.l, out);
            if (c.r != null) {
                violations(c.r, out);
            }
        }
    }
}
