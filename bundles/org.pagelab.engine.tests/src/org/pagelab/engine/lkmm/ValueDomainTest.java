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

    /**
     * P1 writes x = 1 then x = 2; P0 reads x three times. By CoRR the values
     * P0 reads follow the coherence order init, 1, 2: once it read 2 it
     * cannot read 1 or 0, once it read 1 not 0. Its behaviours are the 10
     * non-decreasing sequences over three values instead of all 27.
     */
    @Test
    void readsFromOneWriterFollowItsProgramOrder() {
        HandTest h = new HandTest("CoRR-domain");
        int x = h.loc("x");
        h.thread(t -> {
            t.setReg("r0", t.read(x, O, null));
            t.setReg("r1", t.read(x, O, null));
            t.setReg("r2", t.read(x, O, null));
        });
        h.thread(t -> {
            t.write(x, c(1), O, null);
            t.write(x, c(2), O, null);
        });
        Explorer.Result back = run(h.exists(new Prop.And(reg(0, "r0", 2), reg(0, "r2", 1))));
        assertEquals(Verdict.NEVER, back.verdict());
        assertEquals(10 + 1, back.behaviours());
        assertEquals(Verdict.NEVER, run(h.exists(new Prop.And(reg(0, "r1", 1), reg(0, "r2", 0)))).verdict());
        assertEquals(Verdict.SOMETIMES, run(h.exists(new Prop.And(reg(0, "r0", 1), reg(0, "r2", 2)))).verdict());
        assertEquals(Verdict.SOMETIMES, run(h.exists(new Prop.And(reg(0, "r1", 2), reg(0, "r2", 2)))).verdict());
    }

    /**
     * A value two threads write, or one thread writes both before and after
     * another value, may be read again: P1 writes 1, 2, 1, so reading 1
     * after 2 stays possible; P2's 3 is unordered with P1's writes.
     */
    @Test
    void valuesWithoutAFixedOrderAreNotPruned() {
        HandTest h = new HandTest("CoRR-unordered");
        int x = h.loc("x");
        h.thread(t -> {
            t.setReg("r0", t.read(x, O, null));
            t.setReg("r1", t.read(x, O, null));
        });
        h.thread(t -> {
            t.write(x, c(1), O, null);
            t.write(x, c(2), O, null);
            t.write(x, c(1), O, null);
        });
        h.thread(t -> t.write(x, c(3), O, null));
        assertEquals(Verdict.SOMETIMES, run(h.exists(new Prop.And(reg(0, "r0", 2), reg(0, "r1", 1)))).verdict());
        assertEquals(Verdict.SOMETIMES, run(h.exists(new Prop.And(reg(0, "r0", 3), reg(0, "r1", 2)))).verdict());
        assertEquals(Verdict.SOMETIMES, run(h.exists(new Prop.And(reg(0, "r0", 2), reg(0, "r1", 3)))).verdict());
        assertEquals(Verdict.NEVER, run(h.exists(new Prop.And(reg(0, "r0", 2), reg(0, "r1", 0)))).verdict());
    }

    /**
     * P0 reads P1's only write of 1, then writes x itself: its write is
     * coherence-after P1's (CoRW), so a later read cannot take P1's 1 again
     * (CoWR). A retry loop that re-reads a cleared entry after fixing it up
     * (GUP's fault-in) otherwise runs on until the read limit.
     */
    @Test
    void aWriteReadBeforeTheThreadsOwnWriteIsNotReadAgain() {
        HandTest h = new HandTest("CoRW-CoWR-domain");
        int x = h.loc("x");
        h.thread(t -> {
            Val r0 = t.read(x, O, null);
            t.setReg("r0", r0);
            t.write(x, c(5), O, null);
            t.setReg("r1", t.read(x, O, null));
        });
        h.thread(t -> t.write(x, c(1), O, null));
        Explorer.Result again = run(h.exists(new Prop.And(reg(0, "r0", 1), reg(0, "r1", 1))));
        assertEquals(Verdict.NEVER, again.verdict());
        // P0: r0 in {0, 1}; r1 = 5, or 1 when r0 = 0: 3 behaviours, plus P1's one
        assertEquals(3 + 1, again.behaviours());
        assertEquals(Verdict.SOMETIMES, run(h.exists(new Prop.And(reg(0, "r0", 0), reg(0, "r1", 1)))).verdict());
    }
}
