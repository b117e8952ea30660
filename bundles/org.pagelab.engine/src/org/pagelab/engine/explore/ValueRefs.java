package org.pagelab.engine.explore;

import java.util.function.IntConsumer;

/**
 * Which objects a value stored in a cell refers to. Pointers refer to the
 * object they point into; the MM model adds page frame numbers inside PTE
 * and PMD words.
 */
public interface ValueRefs {
    void refs(int cell, int value, IntConsumer objects);
}
