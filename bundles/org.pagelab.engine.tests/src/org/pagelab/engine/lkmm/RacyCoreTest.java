package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pagelab.engine.lkmm.HandTest.and;
import static org.pagelab.engine.lkmm.HandTest.c;
import static org.pagelab.engine.lkmm.HandTest.reg;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;

class RacyCoreTest {
    /** The S1 store-buffering shape with a private counter the core leaves out. */
    static LitmusTest s1Shape() {
        HandTest h = new HandTest("s1");
        int ref = h.loc("refcount", 2);
        int pte = h.loc("pte", 1);
        int priv = h.loc("private");
        h.thread(t -> {
            t.atomicOp(ref, Long::sum, c(1), Access.MB, ThreadBuilder.Returns.NEW, null);
            Val r = t.read(pte, Access.ONCE, null);
            t.setReg("r1", r);
            t.write(priv, r, Access.ONCE, null);
        });
        h.thread(t -> {
            t.xchg(pte, c(0), Access.ONCE, null);
            Val r = t.read(ref, Access.ONCE, null);
            t.setReg("r1", r);
            if (r.value() == 2) {
                t.pushCtrl(r.deps());
                t.fence(FenceKind.RMB);
                t.write(pte, c(1), Access.RELEASE, null);
                t.popCtrl();
            }
        });
        return h.exists(and(reg(0, "r1", 1), reg(1, "r1", 2)));
    }

    @Test
    void witnessBecomesALitmusTestThatParses() throws Exception {
        Explorer.Result r = new Explorer(s1Shape(), LkmmModel.INSTANCE, null, 0, 0).run();
        assertEquals(Explorer.Verdict.SOMETIMES, r.verdict());
        assertNotNull(r.witness());
        String text = RacyCore.write(r.witness(), "s1 core", List.of("from RacyCoreTest"));
        assertTrue(text.contains("xchg_relaxed(pte, 0)"), text);
        assertTrue(text.contains("atomic_fetch_add(1, refcount)"), text);
        assertTrue(text.contains("if (r"), text);
        assertTrue(!text.contains("private"), "private location left out:\n" + text);
        Ast.Scenario s = Parser.parseScenario("core.litmus", text);
        assertEquals(2, s.threads().size());
        // and it is in the litmus subset herd7 accepts
        LitmusWriter.write(s, null);
    }
}
