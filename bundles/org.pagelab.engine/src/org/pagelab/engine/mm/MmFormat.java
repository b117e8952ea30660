package org.pagelab.engine.mm;

import org.pagelab.engine.explore.ValueFormat;
import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Program;

/** Readable values for traces: pointers as object names; MM words decoded. */
public final class MmFormat implements ValueFormat {
    private final Program prog;

    private MmFormat(Program prog) {
        this.prog = prog;
    }

    public static ValueFormat forProgram(Program prog) {
        return new MmFormat(prog);
    }

    @Override
    public String format(int cell, int value) {
        return prog.heap().formatValue(value);
    }

    @Override
    public String kind(Heap.Obj o) {
        return o.type.name;
    }
}
