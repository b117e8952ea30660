package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pagelab.engine.lkmm.Explorer.Verdict;

/**
 * The "C-RW-..." family of the RCU test collection: a ring of threads, each
 * reading x(i) and writing x(i+1), either around a grace period (G) or inside
 * a read-side critical section (R). The fundamental law of RCU: the cycle is
 * forbidden iff there are at least as many grace periods as critical sections.
 */
class RcuChainTest {
    static LitmusTest chain(String spec) {
        HandTest h = new HandTest("C-RW-" + spec);
        int n = spec.length();
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = h.loc("x" + i);
        }
        Prop cond = null;
        for (int i = 0; i < n; i++) {
            final int me = i;
            final boolean gp = spec.charAt(i) == 'G';
            h.thread(t -> {
                if (!gp) {
                    t.fence(FenceKind.RCU_LOCK);
                }
                t.setReg("r1", t.read(x[me], Access.ONCE, null));
                if (gp) {
                    t.fence(FenceKind.SYNC_RCU);
                }
                t.write(x[(me + 1) % n], Val.of(1), Access.ONCE, null);
                if (!gp) {
                    t.fence(FenceKind.RCU_UNLOCK);
                }
            });
            Prop a = HandTest.reg(i, "r1", 1);
            cond = cond == null ? a : new Prop.And(cond, a);
        }
        return h.exists(cond);
    }

    @ParameterizedTest
    @CsvSource({ "GR, Never", "GRR, Sometimes", "GGR, Never", "RR, Sometimes", "GG, Never",
            "GGRRRRGGGGRRRRGGGGR, Never", "GGRRRRGGGGRRRRGGRRR, Sometimes", "RRGGGGRRRRGGGGRRGR, Never" })
    void fundamentalLawOfRcu(String spec, String expected) {
        Explorer.Result r = new Explorer(chain(spec), LkmmModel.INSTANCE, null, 0, 0).run();
        assertEquals(expected, r.verdict().text(), spec);
    }

    @ParameterizedTest
    @CsvSource({ "GR", "RR", "GGRRRRGGGGRRRRGGGGR" })
    void scForbidsEveryRing(String spec) {
        assertEquals(Verdict.NEVER, HandTest.verdict(chain(spec), ScModel.INSTANCE));
    }
}
