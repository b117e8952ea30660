package org.pagelab.engine.explore;

import org.pagelab.engine.sem.Heap;

/** How traces print objects and values (the MM model decodes PTE words, page flags...). */
public interface ValueFormat {
    /** The value of a cell for people: "3", "P", "present|write pfn=P". */
    String format(int cell, int value);

    /** The kind of an object: "page", "pmd", "int" for a litmus location. */
    String kind(Heap.Obj o);

    /**
     * How a changed cell is named in traces: {kind, object, field}, e.g.
     * {"page", "P", "_refcount"}, {"pte", "pte-0x1000", "value"}, {"int", "x", "value"}.
     */
    String[] locate(int cell, int[] mem);
}
