package org.pagelab.engine.sem;

/**
 * Every shared-memory access of thread code goes through this interface,
 * with its ordering annotation and the instruction that makes it. Under
 * sequential consistency ({@link ScMemory}) it reads and writes one array of
 * cells; an axiomatic model implements it to collect the events of a thread
 * run in isolation, answering each read with a value of its choosing (see
 * {@link ThreadRunner}).
 *
 * <p>Cells are indexes into the {@link Heap}; pointer values are
 * {@code Heap.PTR_BASE + cell}.
 */
public interface Memory {
    /** A read (READ_ONCE, smp_load_acquire, a plain field read...). */
    int load(int cell, Annot annot, Insn at);

    /** A write (WRITE_ONCE, smp_store_release, a plain store...). */
    void store(int cell, int value, Annot annot, Insn at);

    /**
     * An atomic read-modify-write; returns the old value. The new value is
     * {@code op.apply(old, operand, operand2)}; {@link RmwOp#NO_WRITE} means
     * the operation failed and wrote nothing (only the read happened).
     */
    int rmw(int cell, RmwOp op, int operand, int operand2, Annot annot, Insn at);

    /** What {@link #fence} returns when the thread must wait. */
    int BLOCKED = Integer.MIN_VALUE;

    /**
     * A fence or an RCU/SRCU primitive: annot is one of the F_ values,
     * SRCU_LOCK, SRCU_UNLOCK or SYNC_SRCU; cell is the srcu_struct for SRCU,
     * else -1; value is the index srcu_read_unlock passes; phase 1 is the
     * waiting half of synchronize_rcu/synchronize_srcu (an axiomatic model
     * ignores it), phase 2 marks srcu_down_read/srcu_up_read. Returns the
     * value srcu_read_lock yields (0 otherwise), or {@link #BLOCKED} when the
     * thread must wait (under SC: a grace period that has not ended).
     */
    int fence(Annot annot, int cell, int value, int phase, Insn at);

    /**
     * Acquires a lock of kind {@link Op#LK_SPIN}, {@link Op#LK_BIT} (mask
     * selects the bit), {@link Op#LK_READ} or {@link Op#LK_WRITE}. Returns
     * false when it is held (the step is blocked and has no effect).
     */
    boolean lock(int cell, int kind, int mask, int tid, Insn at);

    /** Releases a lock (see {@link #lock}). */
    void unlock(int cell, int kind, int mask, int tid, Insn at);

    /** A one-shot attempt: true when acquired. */
    boolean trylock(int cell, int kind, int mask, int tid, Insn at);

    /** Waits until {@code (cell & mask) == expected} (wait_on_page_writeback, wait_event): false = not yet. */
    boolean await(int cell, int mask, int expected, Insn at);

    /** Reads a cell that never changes after setup (no event, no step). */
    int peek(int cell);
}
