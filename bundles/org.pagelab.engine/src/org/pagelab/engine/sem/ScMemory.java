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
 * waited for).
 *
 * <p>SRCU under SC, per {@code srcu_struct}: read-side critical sections do
 * not nest as RCU's do. Each {@code srcu_read_lock} (or
 * {@code srcu_down_read}) opens a section of its own and returns its index,
 * the lowest one not open (0 when no other section is open); the
 * {@code srcu_read_unlock(s, idx)} (or {@code srcu_up_read}) given that index
 * closes exactly that section, whichever thread runs it. This is the LKMM's
 * matching of Srcu-lock to Srcu-unlock through the index value, so two
 * overlapping sections of one thread stay independent (C-srcu-nest-5/7/8).
 * {@code synchronize_srcu} takes the set of sections open when it starts and
 * waits until each of them is closed; sections opened meanwhile are not
 * waited for. An unlock whose index is not open is a bug for
 * srcu_read_unlock; for srcu_up_read (which may run before its down_read
 * was observed, as in an execution a filter drops) it is owed: the next
 * section to take that index is closed at once, as the kernel's counters do.
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
        if (annot == Annot.SRCU_LOCK || annot == Annot.SRCU_UNLOCK || annot == Annot.SYNC_SRCU) {
            return srcu(annot, cell, value, phase, at);
        }
        int base = prog.rcuBase(-1);
        int nt = prog.rcuThreads();
        int nest = base + 2 * tid;
        switch (annot) {
            case F_RCU_LOCK -> {
                read(nest);
                write(nest, mem[nest] + 1);
            }
            case F_RCU_UNLOCK -> {
                read(nest);
                if (mem[nest] <= 0) {
                    throw new Violation("bug", annot + " without a matching lock", at.pos);
                }
                write(nest, mem[nest] - 1);
                if (mem[nest] == 0 && mem[nest + 1] != 0) {
                    write(nest + 1, 0); // quiescent state: release every grace period waiting for us
                }
            }
            case F_SYNC_RCU -> {
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

    /** Most SRCU read-side sections open at once on one srcu_struct (indexes are bits of one cell). */
    static final int SRCU_MAX_OPEN = 31;

    /** SRCU (see the class comment). Cells of the domain: waiters of thread u at 2u+1, open set, owed set. */
    private int srcu(Annot annot, int cell, int value, int phase, Insn at) {
        int base = prog.rcuBase(cell);
        int nt = prog.rcuThreads();
        int open = base + 2 * nt;
        int owed = open + 1;
        read(open);
        read(owed);
        switch (annot) {
            case SRCU_LOCK -> {
                int idx = Integer.numberOfTrailingZeros(~mem[open]);
                if (idx >= SRCU_MAX_OPEN) {
                    throw new Violation("bug", "more than " + SRCU_MAX_OPEN + " SRCU read-side critical sections open on "
                            + prog.heap().describe(cell), at.pos);
                }
                if ((mem[owed] & (1 << idx)) != 0) {
                    write(owed, mem[owed] & ~(1 << idx)); // its srcu_up_read already ran
                } else {
                    write(open, mem[open] | (1 << idx));
                }
                return idx;
            }
            case SRCU_UNLOCK -> {
                String fn = phase == 2 ? "srcu_up_read" : "srcu_read_unlock";
                if (value < 0 || value >= SRCU_MAX_OPEN) {
                    throw new Violation("bug", fn + " with index " + value + ", which no srcu_read_lock returns", at.pos);
                }
                int bit = 1 << value;
                if ((mem[open] & bit) != 0) {
                    write(open, mem[open] & ~bit);
                    for (int u = 0; u < nt; u++) {
                        int w = base + 2 * u + 1;
                        read(w);
                        if ((mem[w] & bit) != 0) {
                            write(w, mem[w] & ~bit); // a grace period waiting for this section may end
                        }
                    }
                } else if (phase == 2 && (mem[owed] & bit) == 0) {
                    write(owed, mem[owed] | bit);
                } else {
                    throw new Violation("bug", fn + " with index " + value + " of " + prog.heap().describe(cell)
                            + ", which no open read-side critical section has (unlocked twice, or without a lock)",
                            at.pos);
                }
            }
            default -> { // SYNC_SRCU
                int waiters = base + 2 * tid + 1;
                if (phase == 0) {
                    write(waiters, mem[open]);
                } else {
                    read(waiters);
                    if (mem[waiters] != 0) {
                        return BLOCKED;
                    }
                }
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
