package org.pagelab.engine.sem;

/**
 * The read-modify-write operations of the kernel's atomics and bitops.
 * {@link #apply} gives the new value, or {@link #NO_WRITE} when the
 * operation fails without writing (a failed cmpxchg or add_unless).
 */
public enum RmwOp {
    /** new = operand; returns old (xchg). */
    XCHG,
    /** new = old + operand; returns old (atomic_fetch_add). */
    FETCH_ADD,
    /** new = old + operand; returns new (atomic_add_return, dec_and_test...). */
    ADD_RETURN,
    /** if old == operand then new = operand2; returns old (cmpxchg). */
    CMPXCHG,
    /** if old != operand2 then new = old + operand; returns old (atomic_fetch_add_unless). */
    ADD_UNLESS,
    /** new = old | operand; returns old (set_bit, test_and_set_bit). */
    OR,
    /** new = old &amp; ~operand; returns old (clear_bit, test_and_clear_bit). */
    ANDNOT,
    /** new = old ^ operand; returns old (change_bit). */
    XOR;

    /** Marks "no write" (the RMW failed); not a value any scenario can produce by accident. */
    public static final long NO_WRITE = Long.MIN_VALUE;

    public long apply(int old, int operand, int operand2) {
        return switch (this) {
            case XCHG -> operand;
            case FETCH_ADD, ADD_RETURN -> old + operand;
            case CMPXCHG -> old == operand ? operand2 : NO_WRITE;
            case ADD_UNLESS -> old != operand2 ? old + operand : NO_WRITE;
            case OR -> old | operand;
            case ANDNOT -> old & ~operand;
            case XOR -> old ^ operand;
        };
    }

    /** The value the operation returns to the thread. */
    public int result(int old, long written) {
        return this == ADD_RETURN ? (int) written : old;
    }
}
