package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * manual-kernel C-seqlock.litmus as an event program: two writers under a
 * spinlock bump a sequence counter around their updates; the reader retries
 * (filter) unless it saw the same even count. Never torn. Exercises locks,
 * values computed from reads (the counter's value domain grows to a
 * fixpoint), filters and !=.
 */
class SeqlockTest {
    static LitmusTest seqlock(boolean writersLocked) {
        HandTest h = new HandTest("seqlock");
        int ctr = h.loc("ctr");
        int x = h.loc("x");
        int y = h.loc("y");
        int l = h.lock("l");
        h.thread(t -> {
            t.setReg("r1", t.read(ctr, Access.ONCE, null));
            t.fence(FenceKind.MB);
            t.setReg("r2", t.read(x, Access.ONCE, null));
            t.setReg("r3", t.read(y, Access.ONCE, null));
            t.fence(FenceKind.MB);
            t.setReg("r4", t.read(ctr, Access.ONCE, null));
        });
        for (int w = 1; w <= 2; w++) {
            final long v = w;
            h.thread(t -> {
                if (writersLocked) {
                    t.lock(l);
                }
                Val r1 = t.read(ctr, Access.ONCE, null);
                t.write(ctr, r1.map(c -> c + 1), Access.ONCE, null);
                t.fence(FenceKind.MB);
                t.write(x, Val.of(v), Access.ONCE, null);
                t.write(y, Val.of(v), Access.ONCE, null);
                t.fence(FenceKind.MB);
                r1 = t.read(ctr, Access.ONCE, null);
                t.write(ctr, r1.map(c -> c + 1), Access.ONCE, null);
                if (writersLocked) {
                    t.unlock(l);
                }
            });
        }
        Prop.Term r1 = new Prop.Reg(0, "r1");
        Prop filter = HandTest.and(new Prop.Not(new Prop.Eq(r1, new Prop.Const(1))),
                new Prop.Not(new Prop.Eq(r1, new Prop.Const(3))), new Prop.Eq(r1, new Prop.Reg(0, "r4")));
        Prop torn = new Prop.Not(new Prop.Eq(new Prop.Reg(0, "r2"), new Prop.Reg(0, "r3")));
        return h.build(LitmusTest.Quantifier.EXISTS, torn, filter);
    }

    @Test
    void seqlockNeverTorn() {
        assertEquals(Explorer.Verdict.NEVER, HandTest.verdict(seqlock(true), LkmmModel.INSTANCE));
    }

    @Test
    void withoutTheLockWritersInterleaveAndTheReaderCanSeeATornPair() {
        // Without mutual exclusion the two writers' counter increments can
        // overlap (both read 0, both write 1...), so an even count no longer
        // means "no writer inside".
        assertEquals(Explorer.Verdict.SOMETIMES, HandTest.verdict(seqlock(false), LkmmModel.INSTANCE));
    }
}
