package org.pagelab.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.check.CheckModels;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.check.Checker;
import org.pagelab.engine.explore.Trace;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;

/** The real S1 counterexample (5.16), step by step, as EMF states. */
class TraceStatesSeedTest {
    private static Page page(MMState s, String name) {
        for (Page p : s.getPages()) {
            if (p.getName().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no page " + name + " in " + s.getPages());
    }

    private static Pte pteOf(MMState s, Page p) {
        for (var mm : s.getMms()) {
            for (var pmd : mm.getPmds()) {
                for (Pte e : pmd.getPtes()) {
                    if (e.getAddress() == 0x1000) {
                        return e;
                    }
                }
            }
        }
        throw new AssertionError("no PTE for 0x1000");
    }

    @Test
    void s1CounterexampleShowsThePteDiscardedWhileDioHoldsTheRef() {
        CheckOptions o = new CheckOptions();
        CheckResult r = Checker.check(TestFiles.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl"),
                CheckModels.byName("sc"), o);
        assertEquals("Sometimes", r.verdict(), r.line());
        assertFalse(r.traces().isEmpty());
        Trace t = r.traces().get(0);
        List<TraceStates.Converted> states = TraceStates.all(t);
        assertEquals(t.steps().size() + 1, states.size());

        MMState first = states.get(0).state();
        Page p0 = page(first, "P");
        assertEquals(1, p0.getRefcount());
        assertEquals(1, p0.getMapcount());
        assertFalse(p0.getFlags().contains(PageFlag.DIRTY), "MADV_FREE cleaned it");
        assertFalse(p0.getFlags().contains(PageFlag.SWAPBACKED), "lazyfree");
        assertEquals(PteKind.PRESENT, pteOf(first, p0).getKind());
        assertEquals(p0, pteOf(first, p0).getPage());

        // somewhere reclaim clears the PTE while the DIO still holds its reference
        boolean discardedWhilePinned = false;
        for (int i = 1; i < states.size(); i++) {
            MMState s = states.get(i).state();
            Page p = page(s, "P");
            Pte e = pteOf(s, p);
            if (e.getKind() == PteKind.NONE && p.getRefcount() >= 2) {
                discardedWhilePinned = true;
                assertNotNull(states.get(i).changes().get(e) != null ? e : p, "the change is highlighted");
            }
        }
        assertTrue(discardedWhilePinned, "no step shows the PTE none while the DIO holds P");

        // every step that changed P's refcount highlights it
        for (int i = 0; i < t.steps().size(); i++) {
            for (Trace.Change c : t.steps().get(i).changes()) {
                if (c.kind().equals("page") && c.object().equals("P") && c.field().equals("_refcount")) {
                    TraceStates.Converted cv = states.get(i + 1);
                    assertTrue(cv.changes().get(page(cv.state(), "P")).contains(MmPackage.Literals.PAGE__REFCOUNT),
                            "step " + (i + 1));
                }
            }
        }
    }
}
