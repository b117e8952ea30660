package org.pagelab.engine.sem;

/**
 * A kernel or hardware primitive implemented in Java (the MMU's page walk, a
 * device's DMA write, the page allocator). Registered by name; the compiler
 * turns a call into one {@link Op#BUILTIN} instruction.
 */
public interface Builtin {
    String name();

    /** Number of arguments. */
    int arity();

    /** True if it touches shared memory: it is then a step of its own. */
    boolean visible();

    /** Result type as C: "int", "void", or "struct page *". */
    String returns();

    /**
     * Fields of MM structs it may write, as "struct.field" or "struct.*"
     * (reads of fields nothing writes need no step of their own).
     */
    default String[] writesFields() {
        return new String[0];
    }

    /** What a builtin may touch, for the partial-order reduction's static footprints. */
    enum Footprint {
        /** Anything reachable from its arguments (the safe default). */
        REACHABLE,
        /** Only the object its first argument points to. */
        FIRST_ARGUMENT,
        /** Only the calling thread's page pool. */
        POOL,
        /**
         * The page tables reachable from its first argument (an mm) and the
         * pages they map; it writes PMD/PTE objects and mapped pages other
         * than the zero page, which is only ever mapped read-only.
         */
        PAGE_TABLES
    }

    default Footprint footprint() {
        return allocatesFromPool() ? Footprint.POOL : Footprint.REACHABLE;
    }

    /** Whether it hands out pages of the calling thread's pool (alloc_page). */
    default boolean allocatesFromPool() {
        return false;
    }

    /** Only callable from setup and __init code (object allocation). */
    default boolean setupOnly() {
        return false;
    }

    /** Runs it. May throw {@link Violation}, or {@link Blocked#INSTANCE} before any memory effect. */
    int invoke(Context ctx, int[] args);

    /** What a builtin may use. */
    interface Context {
        Memory memory();

        int tid();

        Program program();

        boolean setup();

        Insn insn();

        /** A violation at the current instruction. */
        Violation violation(String kind, String message);

        /** Allocates an object (setup only). */
        Heap.Obj allocate(StructType type, int flexLen);
    }

    /** Thrown by a blocking builtin whose condition does not hold yet. */
    final class Blocked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public static final Blocked INSTANCE = new Blocked();

        private Blocked() {
            super("blocked", null, false, false);
        }
    }
}
