package org.pagelab.engine.mm;

import java.util.ArrayList;
import java.util.List;

import org.pagelab.engine.sem.Builtin;
import org.pagelab.engine.sem.SetupExtension;

/** The hardware and allocator primitives of the MM model (filled in with the library). */
public final class MmBuiltins {
    private MmBuiltins() {
    }

    /** Gives each thread its pool of free pages once the setup ran. */
    public static final SetupExtension POOLS = access -> {
    };

    public static List<Builtin> all() {
        return new ArrayList<>();
    }
}
