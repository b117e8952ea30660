package org.pagelab.engine.sem;

import java.util.Arrays;

/**
 * Backward liveness of local slots per instruction, so that the machine can
 * zero dead locals at step boundaries (two states that differ only in dead
 * values are then one state). Slots listed as {@code keep} (the registers the
 * final condition reads) are live everywhere.
 */
final class Liveness {
    private Liveness() {
    }

    static void compute(Code code, long[] keep) {
        Insn[] ins = code.insns;
        int n = ins.length;
        int words = (code.nlocals + 63) >>> 6;
        long[][] live = new long[n + 1][words];
        boolean changed = true;
        long[] tmp = new long[words];
        while (changed) {
            changed = false;
            for (int pc = n - 1; pc >= 0; pc--) {
                Insn in = ins[pc];
                Arrays.fill(tmp, 0);
                // successors' live-in
                switch (in.op) {
                    case Op.JMP -> or(tmp, live[in.a]);
                    case Op.JZ, Op.JNZ -> {
                        or(tmp, live[in.a]);
                        or(tmp, live[pc + 1]);
                    }
                    case Op.RET -> {
                    }
                    default -> or(tmp, live[pc + 1]);
                }
                // kill definitions, add uses
                int def = def(in);
                if (def >= 0 && !(in.op == Op.CALL)) {
                    clear(tmp, def);
                }
                if (in.op == Op.CALL && in.a >= 0) {
                    clear(tmp, in.a);
                }
                for (int u : uses(in)) {
                    if (u >= 0) {
                        set(tmp, u);
                    }
                }
                if (keep != null) {
                    or(tmp, keep);
                }
                if (!Arrays.equals(tmp, live[pc])) {
                    System.arraycopy(tmp, 0, live[pc], 0, words);
                    changed = true;
                }
            }
        }
        if (keep != null) {
            or(live[n], keep);
        }
        code.live = live;
    }

    private static void or(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] |= b[i];
        }
    }

    private static void set(long[] a, int i) {
        a[i >>> 6] |= 1L << i;
    }

    private static void clear(long[] a, int i) {
        a[i >>> 6] &= ~(1L << i);
    }

    /** The slot an instruction writes, or -1. */
    static int def(Insn in) {
        return switch (in.op) {
            case Op.CONST, Op.MOV, Op.BIN, Op.UN, Op.LOADC, Op.LBUILTIN, Op.GLOAD, Op.LOAD, Op.RMW, Op.TRYLOCK,
                    Op.BUILTIN, Op.FENCE, Op.CALL -> in.a;
            default -> -1;
        };
    }

    static int[] uses(Insn in) {
        return switch (in.op) {
            case Op.MOV, Op.UN, Op.LOADC, Op.LOAD -> new int[] {in.b};
            case Op.BIN -> new int[] {in.b, in.c};
            case Op.JZ, Op.JNZ, Op.CHECK, Op.RET -> new int[] {in.b};
            case Op.GSTORE -> new int[] {in.b};
            case Op.STORE -> new int[] {in.a, in.b};
            case Op.RMW -> in.args.length > 0 ? new int[] {in.b, in.c, in.args[0]} : new int[] {in.b, in.c};
            case Op.FENCE -> new int[] {in.b, in.c};
            case Op.LOCK, Op.UNLOCK, Op.TRYLOCK -> new int[] {in.b, in.c};
            case Op.AWAIT -> new int[] {in.b, in.c, in.args[0]};
            case Op.CALL, Op.BUILTIN, Op.LBUILTIN -> in.args;
            default -> new int[0];
        };
    }
}
