package org.pagelab.engine.sem;

import java.util.Arrays;

/**
 * Sequentially consistent memory: one array of cells, every access takes
 * effect at once. Records the cells each step reads and writes (with the old
 * values), which the explorer uses for partial-order reduction, invariant
 * checks and the "state changes" of counterexample steps.
 *
 * <p>RCU under SC: {@code rcu_read_lock}/{@code unlock} count a per-thread
 * nesting in hidden cells; {@code synchronize_rcu} first marks every thread
 * that is inside a read-side critical section, then waits until each of
 * them has left it (a thread that enters a new section meanwhile is not
 * waited for). SRCU does the same per {@code srcu_struct}.
 */
public final class ScMemory implements Memory {
    private final Program prog;
    private int[] mem;
    private int tid;
    int[] reads = new int[16];
    int nreads;
    int[] writes = new int[16];
    int[] olds = new int[16];
    int nwrites;

    public ScMemory(Program prog) {
        this.prog = prog;
    }

    /** Uses {@code cells} (modified in place) for the next step of thread {@code tid}. */
    public void reset(int[] cells, int tid) {
        this.mem = cells;
        this.tid = tid;
        nreads = 0;
        nwrites = 0;
    }

    public int[] cells() {
        return mem;
    }

    public int readCount() {
        return nreads;
    }

    public int readCell(int i) {
        return reads[i];
    }

    public int writeCount() {
        return nwrites;
    }

    public int writeCell(int i) {
        return writes[i];
    }

    public int writeOld(int i) {
        return olds[i];
    }

    private void read(int cell) {
        if (nreads == reads.length) {
            reads = Arrays.copyOf(reads, nreads * 2);
        }
        reads[nreads++] = cell;
    }

    private void write(int cell, int value) {
        if (nwrites == writes.length) {
            writes = Arrays.copyOf(writes, nwrites * 2);
            olds = Arrays.copyOf(olds, nwrites * 2);
        }
        writes[nwrites] = cell;
        olds[nwrites++] = mem[cell];
        mem[cell] = value;
    }

    /** Builtins (MMU, allocator) write through this too, so that changes are recorded. */
    @Override
    public int load(int cell, Annot annot, Insn at) {
        read(cell);
        return mem[cell];
    }

    @Override
    public void store(int cell, int value, Annot annot, Insn at) {
        write(cell, value);
    }

    @Override
    public int rmw(int cell, RmwOp op, int operand, int operand2, Annot annot, Insn at) {
        read(cell);
        int old = mem[cell];
        long nv = op.apply(old, operand, operand2);
        if (nv != RmwOp.NO_WRITE) {
            write(cell, (int) nv);
        }
        return old;
    }

    @Override
    public int fence(Annot annot, int cell, int value, int phase, Insn at) {
        if (!annot.isRcu()) {
            return 0;
        }
        int base = prog.rcuBase(annot == Annot.F_RCU_LOCK || annot == Annot.F_RCU_UNLOCK || annot == Annot.F_SYNC_RCU
                ? -1 : cell);
        int nt = prog.rcuThreads();
        int nest = base + 2 * tid;
        int down = base + 2 * nt;
        if (phase == 2) {
            // srcu_down_read/srcu_up_read: not tied to a thread; synchronize_srcu waits for the count to drop
            read(down);
            write(down, mem[down] + (annot == Annot.SRCU_LOCK ? 1 : -1));
            return 0;
        }
        switch (annot) {
            case F_RCU_LOCK, SRCU_LOCK -> {
                read(nest);
                write(nest, mem[nest] + 1);
            }
            case F_RCU_UNLOCK, SRCU_UNLOCK -> {
                read(nest);
                if (mem[nest] <= 0) {
                    throw new Violation("bug", annot + " without a matching lock", at.pos);
                }
                write(nest, mem[nest] - 1);
                if (mem[nest] == 0 && mem[nest + 1] != 0) {
                    write(nest + 1, 0); // quiescent state: release every grace period waiting for us
                }
            }
            case F_SYNC_RCU, SYNC_SRCU -> {
                if (phase == 0) {
                    for (int u = 0; u < nt; u++) {
                        int c = base + 2 * u;
                        read(c);
                        if (u != tid && mem[c] > 0) {
                            write(c + 1, mem[c + 1] | (1 << tid));
                        }
                    }
                    if (mem[nest] > 0) {
                        throw new Violation("deadlock", annot + " inside its own read-side critical section", at.pos);
                    }
                } else {
                    read(down);
                    if (mem[down] > 0) {
                        return BLOCKED;
                    }
                    for (int u = 0; u < nt; u++) {
                        int c = base + 2 * u + 1;
                        read(c);
                        if ((mem[c] & (1 << tid)) != 0) {
                            return BLOCKED;
                        }
                    }
                }
            }
            default -> {
            }
        }
        return 0;
    }

    @Override
    public boolean lock(int cell, int kind, int mask, int tid, Insn at) {
        read(cell);
        int v = mem[cell];
        switch (kind) {
            case Op.LK_SPIN -> {
                if (v != 0) {
                    return false;
                }
                write(cell, tid + 1);
            }
            case Op.LK_BIT -> {
                if ((v & mask) != 0) {
                    return false;
                }
                write(cell, v | mask);
            }
            case Op.LK_READ -> {
                if (v < 0) {
                    return false;
                }
                write(cell, v + 1);
            }
            default -> {
                if (v != 0) {
                    return false;
                }
                write(cell, -1);
            }
        }
        return true;
    }

    @Override
    public void unlock(int cell, int kind, int mask, int tid, Insn at) {
        read(cell);
        int v = mem[cell];
        switch (kind) {
            case Op.LK_SPIN -> {
                if (v != tid + 1) {
                    throw new Violation("bug", "unlock of " + prog.heap().describe(cell) + ", which "
                            + (v == 0 ? "is not locked" : "another thread holds"), at.pos);
                }
                write(cell, 0);
            }
            case Op.LK_BIT -> {
                if ((v & mask) == 0) {
                    throw new Violation("bug", "unlock of " + prog.heap().describe(cell) + ", which is not locked",
                            at.pos);
                }
                write(cell, v & ~mask);
            }
            case Op.LK_READ -> {
                if (v <= 0) {
                    throw new Violation("bug", "up_read of " + prog.heap().describe(cell) + " without down_read", at.pos);
                }
                write(cell, v - 1);
            }
            default -> {
                if (v != -1) {
                    throw new Violation("bug", "up_write of " + prog.heap().describe(cell) + " without down_write",
                            at.pos);
                }
                write(cell, 0);
            }
        }
    }

    @Override
    public boolean trylock(int cell, int kind, int mask, int tid, Insn at) {
        return lock(cell, kind, mask, tid, at);
    }

    @Override
    public boolean await(int cell, int mask, int expected, Insn at) {
        read(cell);
        return (mem[cell] & mask) == expected;
    }

    @Override
    public int peek(int cell) {
        return mem[cell];
    }
}
