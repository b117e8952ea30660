package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pagelab.engine.lkmm.HandTest.c;
import static org.pagelab.engine.lkmm.HandTest.mem;
import static org.pagelab.engine.lkmm.HandTest.reg;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.lkmm.Explorer.Verdict;

/**
 * The values the explorer lets a read return (its behaviours): only what
 * coherence and the number of writes allow, so that MM scenarios, whose
 * threads read counters and flag words many times, stay enumerable.
 */
class ValueDomainTest {
    static final Access O = Access.ONCE;

    private static Explorer.Result run(LitmusTest t) {
        return new Explorer(t, LkmmModel.INSTANCE, null, 0, 0).run();
    }

    @Test
    void aReadAfterItsThreadsWriteTakesThatWriteOrAnotherThreadsNeverTheInitialValue() {
        HandTest h = new HandTest("CoWR-domain");
        int x = h.loc("x");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            t.setReg("r0", t.read(x, O, null));
        });
        h.thread(t -> t.write(x, c(2), O, null));
        Explorer.Result never = run(h.exists(reg(0, "r0", 0)));
        assertEquals(Verdict.NEVER, never.verdict());
        // P0: r0 = 1 (its own write) or 2 (P1's); P1: one behaviour. Not r0 = 0.
        assertEquals(3, never.behaviours());
        assertEquals(Verdict.SOMETIMES, run(h.exists(reg(0, "r0", 2))).verdict());
    }

    @Test
    void aReadBeforeItsThreadsWriteNeverTakesThatWrite() {
        HandTest h = new HandTest("CoRW-domain");
        int x = h.loc("x");
        h.thread(t -> {
            t.setReg("r0", t.read(x, O, null));
            t.write(x, c(1), O, null);
        });
        h.thread(t -> t.write(x, c(2), O, null));
        Explorer.Result r = run(h.exists(reg(0, "r0", 1)));
        assertEquals(Verdict.NEVER, r.verdict());
        assertEquals(3, r.behaviours(), "P0 reads 0 or 2, never its own later 1");
    }

    /**
     * Two threads increment and decrement a counter twice each, reading it
     * every time. A value at distance d from the initial one needs a chain of
     * d writes to the counter; one execution makes at most 4, so the values
     * stay within -4..4 instead of growing by one per fixpoint round.
     */
    @Test
    void counterValuesAreBoundedByTheWritesOneExecutionCanMake() {
        HandTest h = new HandTest("counter");
        int x = h.loc("x");
        h.thread(t -> {
            t.setReg("a", t.atomicOp(x, Long::sum, c(1), Access.MB, ThreadBuilder.Returns.OLD, null));
            t.setReg("b", t.atomicOp(x, Long::sum, c(1), Access.MB, ThreadBuilder.Returns.OLD, null));
        });
        h.thread(t -> {
            t.setReg("c", t.atomicOp(x, Long::sum, c(-1), Access.MB, ThreadBuilder.Returns.OLD, null));
            t.setReg("d", t.atomicOp(x, Long::sum, c(-1), Access.MB, ThreadBuilder.Returns.OLD, null));
        });
        Explorer.Result zero = run(h.exists(mem(x, 0)));
        assertEquals(Verdict.ALWAYS, zero.verdict());
        assertEquals(Verdict.SOMETIMES, run(h.exists(reg(0, "b", -1))).verdict());
        assertEquals(Verdict.NEVER, run(h.exists(reg(0, "b", -2))).verdict());
        // each read takes one of at most 9 values (-4..4): 9 * 9 per thread at most
        assertTrue(zero.behaviours() <= 2 * 81, "behaviours: " + zero.behaviours());
    }
}
