package org.pagelab.engine.lkmm;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * A value in a thread under axiomatic exploration: the number, and the set of
 * the thread's reads it was computed from (the source of herd7's
 * {@code addr}, {@code data} and {@code ctrl} dependencies). Registers hold
 * Vals; arithmetic unions the dependencies, as herd7's register dataflow does
 * (it never simplifies {@code r - r} to a constant).
 */
public record Val(long value, long[] deps) {

    /** A constant: no dependencies. */
    public static Val of(long value) {
        return new Val(value, null);
    }

    /** The value computed by {@code f} from this and {@code o}; dependencies of both. */
    public Val op(Val o, LongBinaryOperator f) {
        return new Val(f.applyAsLong(value, o.value), Deps.union(deps, o.deps));
    }

    /** The value computed by {@code f} from this; same dependencies. */
    public Val map(LongUnaryOperator f) {
        return new Val(f.applyAsLong(value), deps);
    }

    /** Same dependencies, another number. */
    public Val withValue(long v) {
        return new Val(v, deps);
    }

    public boolean hasDeps() {
        return deps != null && !Bits.isEmpty(deps);
    }

    @Override
    public String toString() {
        return value + (hasDeps() ? "<-" + Bits.toString(deps) : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Val v && v.value == value && java.util.Arrays.equals(Deps.norm(deps), Deps.norm(v.deps));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value) * 31 + java.util.Arrays.hashCode(Deps.norm(deps));
    }
}
