package org.pagelab.engine.sem;

import org.pagelab.engine.lang.Pos;

/**
 * One instruction of thread code. Operands a..d are local slots or
 * immediates depending on {@link #op} (see {@link Op}). Instructions with a
 * visible opcode make exactly one shared-memory event and end a step.
 */
public final class Insn {
    public final int op;
    public final int a;
    public final int b;
    public final int c;
    public final int d;
    public final int[] args;
    public final Annot annot;
    public final RmwOp rmw;
    /** Source position (file is {@link Code#file}). */
    public final Pos pos;
    /** Assertion message, builtin name, or a description of the access (e.g. "page->_refcount"). */
    public final String text;
    /** The callee for CALL; the violation name for CHECK. */
    public final Object ref;

    Insn(int op, int a, int b, int c, int d, int[] args, Annot annot, RmwOp rmw, Pos pos, String text, Object ref) {
        this.op = op;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.args = args;
        this.annot = annot;
        this.rmw = rmw;
        this.pos = pos;
        this.text = text;
        this.ref = ref;
    }

    public boolean visible() {
        return Op.visible(op);
    }

    Insn withTarget(int target) {
        return new Insn(op, target, b, c, d, args, annot, rmw, pos, text, ref);
    }

    @Override
    public String toString() {
        return "op" + op + "(" + a + "," + b + "," + c + "," + d + ")" + (text == null ? "" : " " + text);
    }
}
