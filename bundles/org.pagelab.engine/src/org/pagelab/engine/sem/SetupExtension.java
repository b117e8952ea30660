package org.pagelab.engine.sem;

/**
 * A hook that runs once the setup finished and before the memory layout is
 * frozen: the MM model uses it to give every thread its pool of free pages.
 */
public interface SetupExtension {
    void afterSetup(Access access);

    /** What an extension may do to the program being built. */
    final class Access {
        private final Program prog;

        Access(Program prog) {
            this.prog = prog;
        }

        public Program program() {
            return prog;
        }

        /** Allocates a visible object of a library struct, owned by a thread's pool (or -1). */
        public Heap.Obj allocate(StructType type, String name, int poolOwner) {
            Heap.Obj o = prog.heap.allocate(type, 0, name, poolOwner, false);
            o.namedByUser = true;
            prog.heap.ensureCells();
            return o;
        }

        /** Allocates a hidden one-cell bookkeeping object. */
        public Heap.Obj allocateHidden(String name, int poolOwner) {
            Heap.Obj o = prog.heap.allocate(StructType.scalar("__" + name), 0, name, poolOwner, true);
            prog.heap.ensureCells();
            return o;
        }

        /** Renames an object that no setup variable named (user-given names are kept). */
        public void rename(Heap.Obj o, String name) {
            if (!o.namedByUser) {
                o.name = name;
            }
        }

        /** The cells as the setup left them (valid until the next allocation). */
        public int[] cells() {
            return prog.heap.rawCells();
        }
    }
}
