package org.pagelab.engine.sem;

/**
 * The memory while __init functions and the setup block run: the heap's own
 * cells (which grow as objects are allocated), single-threaded, nothing
 * recorded.
 */
final class SetupMemory implements Memory {
    private final Heap heap;

    SetupMemory(Heap heap) {
        this.heap = heap;
    }

    private int[] c() {
        return heap.rawCells();
    }

    @Override
    public int load(int cell, Annot annot, Insn at) {
        return c()[cell];
    }

    @Override
    public void store(int cell, int value, Annot annot, Insn at) {
        c()[cell] = value;
    }

    @Override
    public int rmw(int cell, RmwOp op, int operand, int operand2, Annot annot, Insn at) {
        int old = c()[cell];
        long nv = op.apply(old, operand, operand2);
        if (nv != RmwOp.NO_WRITE) {
            c()[cell] = (int) nv;
        }
        return old;
    }

    @Override
    public int fence(Annot annot, int cell, int value, int phase, Insn at) {
        return 0;
    }

    @Override
    public boolean lock(int cell, int kind, int mask, int tid, Insn at) {
        int v = c()[cell];
        switch (kind) {
            case Op.LK_SPIN -> {
                if (v != 0) {
                    throw new Violation("deadlock", "setup takes " + heap.describe(cell) + " twice", at.pos);
                }
                c()[cell] = tid + 1;
            }
            case Op.LK_BIT -> {
                if ((v & mask) != 0) {
                    throw new Violation("deadlock", "setup locks " + heap.describe(cell) + " twice", at.pos);
                }
                c()[cell] = v | mask;
            }
            case Op.LK_READ -> c()[cell] = v + 1;
            default -> c()[cell] = -1;
        }
        return true;
    }

    @Override
    public void unlock(int cell, int kind, int mask, int tid, Insn at) {
        int v = c()[cell];
        c()[cell] = switch (kind) {
            case Op.LK_SPIN -> 0;
            case Op.LK_BIT -> v & ~mask;
            case Op.LK_READ -> v - 1;
            default -> 0;
        };
    }

    @Override
    public boolean trylock(int cell, int kind, int mask, int tid, Insn at) {
        int v = c()[cell];
        if (kind == Op.LK_SPIN ? v != 0 : kind == Op.LK_BIT ? (v & mask) != 0 : kind == Op.LK_READ ? v < 0 : v != 0) {
            return false;
        }
        lock(cell, kind, mask, tid, at);
        return true;
    }

    @Override
    public boolean await(int cell, int mask, int expected, Insn at) {
        if ((c()[cell] & mask) != expected) {
            throw new Violation("deadlock", "setup waits for " + heap.describe(cell) + ", which nobody will change",
                    at.pos);
        }
        return true;
    }

    @Override
    public int peek(int cell) {
        return c()[cell];
    }
}
