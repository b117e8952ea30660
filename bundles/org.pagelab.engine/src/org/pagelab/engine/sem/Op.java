package org.pagelab.engine.sem;

/** Opcodes of the thread code (see {@link Insn} for the operands). */
public final class Op {
    private Op() {
    }

    // local (no shared-memory effect)
    public static final int NOP = 0;
    /** a := imm(b). */
    public static final int CONST = 1;
    /** a := b. */
    public static final int MOV = 2;
    /** a := b (binop d) c. */
    public static final int BIN = 3;
    /** a := (unop d) b. */
    public static final int UN = 4;
    /** goto a. */
    public static final int JMP = 5;
    /** if (b == 0) goto a. */
    public static final int JZ = 6;
    /** if (b != 0) goto a. */
    public static final int JNZ = 7;
    /** a := call ref(args). */
    public static final int CALL = 8;
    /** return b (b = -1: no value). */
    public static final int RET = 9;
    /** if (b == 0) violation(text, kind). */
    public static final int CHECK = 10;
    /** a := load of an immutable cell at address b (no event: the cell never changes). */
    public static final int LOADC = 11;
    /** a := builtin d (args), a pure helper that touches no shared memory. */
    public static final int LBUILTIN = 12;
    /** a := globals[b] (globals are constants once the setup ran). */
    public static final int GLOAD = 13;
    /** globals[a] := b (setup and __init code only). */
    public static final int GSTORE = 14;

    // visible (one shared-memory event: a step boundary)
    /** a := mem[b] (annot). */
    public static final int LOAD = 20;
    /** mem[a] := b (annot). */
    public static final int STORE = 21;
    /** a := rmw(kind d, mem[b], c, args[0]) (annot). */
    public static final int RMW = 22;
    /** fence (annot). */
    public static final int FENCE = 23;
    /** blocking lock of mem[b]: wait for (mem & c) == 0, then mem |= (c == -1 ? tid : c); d = kind. */
    public static final int LOCK = 24;
    /** mem[b]: release (d = kind; c = mask). */
    public static final int UNLOCK = 25;
    /** a := trylock(mem[b]) (c = mask, d = kind). */
    public static final int TRYLOCK = 26;
    /** wait until (mem[b] & c) == args value d; no write. */
    public static final int AWAIT = 27;
    /** a := builtin d (args): a Java-implemented kernel or hardware primitive. */
    public static final int BUILTIN = 28;

    public static boolean visible(int op) {
        return op >= LOAD;
    }

    // binary operators
    public static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, MOD = 4, AND = 5, OR = 6, XOR = 7, SHL = 8, SHR = 9,
            EQ = 10, NE = 11, LT = 12, LE = 13, GT = 14, GE = 15;
    // unary operators
    public static final int NEG = 0, NOT = 1, BNOT = 2;

    // lock kinds
    /** spin_lock: the cell holds 0 or the owner's tid+1. */
    public static final int LK_SPIN = 0;
    /** a bit lock in a flags word (lock_page: PG_locked). */
    public static final int LK_BIT = 1;
    /** rw_semaphore read side: cell &gt;= 0 counts readers. */
    public static final int LK_READ = 2;
    /** rw_semaphore write side: cell == -1. */
    public static final int LK_WRITE = 3;

    static final String[] BIN_NAMES = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=",
        ">", ">="};

    public static int binop(String s) {
        for (int i = 0; i < BIN_NAMES.length; i++) {
            if (BIN_NAMES[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    /** Evaluates a binary operator on 32-bit values; division by zero is reported by the caller. */
    public static int apply(int op, int l, int r) {
        return switch (op) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> r == 0 ? 0 : l / r;
            case MOD -> r == 0 ? 0 : l % r;
            case AND -> l & r;
            case OR -> l | r;
            case XOR -> l ^ r;
            case SHL -> l << (r & 31);
            case SHR -> l >> (r & 31);
            case EQ -> l == r ? 1 : 0;
            case NE -> l != r ? 1 : 0;
            case LT -> l < r ? 1 : 0;
            case LE -> l <= r ? 1 : 0;
            case GT -> l > r ? 1 : 0;
            case GE -> l >= r ? 1 : 0;
            default -> throw new IllegalArgumentException("binop " + op);
        };
    }
}
