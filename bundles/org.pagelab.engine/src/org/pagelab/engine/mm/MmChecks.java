package org.pagelab.engine.mm;

import org.pagelab.engine.explore.StepCheck;
import org.pagelab.engine.explore.ValueRefs;
import org.pagelab.engine.sem.Program;

/** The built-in MM invariants (filled in with the library). */
public final class MmChecks {
    private MmChecks() {
    }

    /** The checks for a program, or null when it does not use the MM model. */
    public static StepCheck create(Program prog) {
        return null;
    }

    /** How values in MM objects refer to other objects (page frame numbers), or null. */
    public static ValueRefs refs(Program prog) {
        return null;
    }
}
