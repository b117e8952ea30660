package org.pagelab.engine.explore;

import java.util.function.IntConsumer;

import org.pagelab.engine.sem.ScMemory;
import org.pagelab.engine.sem.Violation;

/**
 * A built-in invariant checked after every step (the MM model's: refcount
 * never negative, no use after free, dirty data never dropped...). It sees
 * the memory before and after the step and the cells the step wrote; every
 * other cell it reads must be reported through {@code reads}, so that the
 * partial-order reduction treats the check as part of the step.
 */
public interface StepCheck {
    /** A violation, or null. */
    Violation afterStep(int tid, int[] before, int[] after, ScMemory step, IntConsumer reads);
}
