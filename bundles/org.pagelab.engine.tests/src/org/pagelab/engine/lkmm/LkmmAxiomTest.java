package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pagelab.engine.lkmm.HandTest.and;
import static org.pagelab.engine.lkmm.HandTest.c;
import static org.pagelab.engine.lkmm.HandTest.mem;
import static org.pagelab.engine.lkmm.HandTest.reg;
import static org.pagelab.engine.lkmm.HandTest.verdict;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.lkmm.Explorer.Verdict;

/**
 * One minimal test per LKMM axiom (and per ordering primitive), written as
 * event programs. The expected verdicts are those of the kernel's
 * tools/memory-model/litmus-tests of the same names.
 */
class LkmmAxiomTest {
    static final Access O = Access.ONCE;
    static final Access ACQ = Access.ACQUIRE;
    static final Access REL = Access.RELEASE;
    static final MemoryModel LKMM = LkmmModel.INSTANCE;
    static final MemoryModel SC = ScModel.INSTANCE;
    static final MemoryModel TSO = TsoModel.INSTANCE;

    // ------------------------------------------------------------------ coherence

    @Test
    void coherenceCoRR() {
        HandTest h = new HandTest("CoRR+poonceonce+Once");
        int x = h.loc("x");
        h.thread(t -> t.write(x, c(1), O, null));
        h.thread(t -> {
            t.setReg("r0", t.read(x, O, null));
            t.setReg("r1", t.read(x, O, null));
        });
        LitmusTest lt = h.exists(and(reg(1, "r0", 1), reg(1, "r1", 0)));
        assertEquals(Verdict.NEVER, verdict(lt, LKMM));
        assertEquals(Verdict.NEVER, verdict(lt, TSO));
    }

    @Test
    void coherenceCoWW() {
        HandTest h = new HandTest("CoWW+poonceonce");
        int x = h.loc("x");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            t.write(x, c(2), O, null);
        });
        assertEquals(Verdict.NEVER, verdict(h.exists(mem(x, 1)), LKMM));
    }

    @Test
    void coherenceCoWRandCoRW() {
        HandTest h = new HandTest("CoWR+poonceonce+Once");
        int x = h.loc("x");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            t.setReg("r0", t.read(x, O, null));
        });
        h.thread(t -> t.write(x, c(2), O, null));
        // reading the initial value after one's own write is incoherent
        assertEquals(Verdict.NEVER, verdict(h.exists(reg(0, "r0", 0)), LKMM));
        HandTest g = new HandTest("CoRW+poonceonce+Once");
        int y = g.loc("x");
        g.thread(t -> {
            t.setReg("r0", t.read(y, O, null));
            t.write(y, c(1), O, null);
        });
        g.thread(t -> t.write(y, c(2), O, null));
        assertEquals(Verdict.NEVER, verdict(g.exists(and(reg(0, "r0", 2), mem(y, 2))), LKMM));
        assertEquals(Verdict.SOMETIMES, verdict(g.exists(reg(0, "r0", 2)), LKMM));
    }

    // ------------------------------------------------------------------ atomicity

    @Test
    void atomicityOfRmw() {
        HandTest h = new HandTest("atomic-inc-twice");
        int x = h.loc("x");
        ThreadProgram inc = t -> t.atomicOp(x, Long::sum, c(1), Access.ONCE, ThreadBuilder.Returns.NOTHING, null);
        h.thread(inc).thread(inc);
        assertEquals(Verdict.NEVER, verdict(h.exists(mem(x, 1)), LKMM));
        assertEquals(Verdict.ALWAYS, verdict(h.exists(mem(x, 2)), LKMM));
        assertEquals(Verdict.NEVER, verdict(h.exists(mem(x, 1)), SC));
    }

    @Test
    void atomicityOfXchgVsPlainRmw() {
        // Two xchg_relaxed(x, 1) cannot both read 0.
        HandTest h = new HandTest("xchg-twice");
        int x = h.loc("x");
        ThreadProgram p = t -> t.setReg("r0", t.xchg(x, c(1), Access.ONCE, null));
        h.thread(p).thread(p);
        assertEquals(Verdict.NEVER, verdict(h.exists(and(reg(0, "r0", 0), reg(1, "r0", 0))), LKMM));
        // whereas READ_ONCE; WRITE_ONCE can
        HandTest g = new HandTest("rw-twice");
        int y = g.loc("x");
        ThreadProgram q = t -> {
            t.setReg("r0", t.read(y, O, null));
            t.write(y, c(1), O, null);
        };
        g.thread(q).thread(q);
        assertEquals(Verdict.SOMETIMES, verdict(g.exists(and(reg(0, "r0", 0), reg(1, "r0", 0))), LKMM));
    }

    // ------------------------------------------------------------------ happens-before

    private static LitmusTest mp(Access wAccess, FenceKind wFence, Access rAccess, FenceKind rFence) {
        HandTest h = new HandTest("MP");
        int x = h.loc("x");
        int y = h.loc("y");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            if (wFence != null) {
                t.fence(wFence);
            }
            t.write(y, c(1), wAccess, null);
        });
        h.thread(t -> {
            t.setReg("r0", t.read(y, rAccess, null));
            if (rFence != null) {
                t.fence(rFence);
            }
            t.setReg("r1", t.read(x, O, null));
        });
        return h.exists(and(reg(1, "r0", 1), reg(1, "r1", 0)));
    }

    @Test
    void happensBeforeMessagePassing() {
        assertEquals(Verdict.SOMETIMES, verdict(mp(O, null, O, null), LKMM), "MP+poonceonces");
        assertEquals(Verdict.NEVER, verdict(mp(REL, null, ACQ, null), LKMM), "MP+pooncerelease+poacquireonce");
        assertEquals(Verdict.NEVER, verdict(mp(O, FenceKind.WMB, O, FenceKind.RMB), LKMM),
                "MP+fencewmbonceonce+fencermbonceonce");
        assertEquals(Verdict.SOMETIMES, verdict(mp(O, FenceKind.WMB, O, null), LKMM));
        assertEquals(Verdict.SOMETIMES, verdict(mp(O, null, O, FenceKind.RMB), LKMM));
        // TSO keeps R->R and W->W order; SC everything
        assertEquals(Verdict.NEVER, verdict(mp(O, null, O, null), TSO));
        assertEquals(Verdict.NEVER, verdict(mp(O, null, O, null), SC));
    }

    @Test
    void happensBeforeLoadBuffering() {
        HandTest h = new HandTest("LB+poonceonces");
        int x = h.loc("x");
        int y = h.loc("y");
        h.thread(t -> {
            t.setReg("r0", t.read(x, O, null));
            t.write(y, c(1), O, null);
        });
        h.thread(t -> {
            t.setReg("r0", t.read(y, O, null));
            t.write(x, c(1), O, null);
        });
        assertEquals(Verdict.SOMETIMES, verdict(h.exists(and(reg(0, "r0", 1), reg(1, "r0", 1))), LKMM));
        assertEquals(Verdict.NEVER, verdict(h.exists(and(reg(0, "r0", 1), reg(1, "r0", 1))), TSO));

        // LB+ctrlonceonce+mbonceonce: a control dependency and a full fence forbid it
        HandTest g = new HandTest("LB+ctrlonceonce+mbonceonce");
        int a = g.loc("x");
        int b = g.loc("y");
        g.thread(t -> {
            Val r0 = t.read(a, O, null);
            t.setReg("r0", r0);
            if (r0.value() != 0) {
                t.pushCtrl(r0.deps());
                t.write(b, c(1), O, null);
                t.popCtrl();
            }
        });
        g.thread(t -> {
            t.setReg("r0", t.read(b, O, null));
            t.fence(FenceKind.MB);
            t.write(a, c(1), O, null);
        });
        assertEquals(Verdict.NEVER, verdict(g.exists(and(reg(0, "r0", 1), reg(1, "r0", 1))), LKMM));
    }

    @Test
    void happensBeforeDataDependencyNoOutOfThinAir() {
        // LB with data dependencies both ways: the value 1 is never written.
        HandTest h = new HandTest("LB+datas");
        int x = h.loc("x");
        int y = h.loc("y");
        h.thread(t -> {
            Val r = t.read(x, O, null);
            t.setReg("r0", r);
            t.write(y, r, O, null);
        });
        h.thread(t -> {
            Val r = t.read(y, O, null);
            t.setReg("r0", r);
            t.write(x, r, O, null);
        });
        assertEquals(Verdict.NEVER, verdict(h.exists(reg(0, "r0", 1)), LKMM));
    }

    // ------------------------------------------------------------------ propagation

    private static LitmusTest sb(FenceKind f0, FenceKind f1) {
        HandTest h = new HandTest("SB");
        int x = h.loc("x");
        int y = h.loc("y");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            if (f0 != null) {
                t.fence(f0);
            }
            t.setReg("r0", t.read(y, O, null));
        });
        h.thread(t -> {
            t.write(y, c(1), O, null);
            if (f1 != null) {
                t.fence(f1);
            }
            t.setReg("r0", t.read(x, O, null));
        });
        return h.exists(and(reg(0, "r0", 0), reg(1, "r0", 0)));
    }

    @Test
    void propagationStoreBuffering() {
        assertEquals(Verdict.SOMETIMES, verdict(sb(null, null), LKMM), "SB+poonceonces");
        assertEquals(Verdict.NEVER, verdict(sb(FenceKind.MB, FenceKind.MB), LKMM), "SB+fencembonceonces");
        assertEquals(Verdict.SOMETIMES, verdict(sb(FenceKind.MB, null), LKMM));
        assertEquals(Verdict.SOMETIMES, verdict(sb(FenceKind.WMB, FenceKind.RMB), LKMM));
        assertEquals(Verdict.SOMETIMES, verdict(sb(null, null), TSO));
        assertEquals(Verdict.NEVER, verdict(sb(FenceKind.MB, FenceKind.MB), TSO));
        assertEquals(Verdict.NEVER, verdict(sb(null, null), SC));
    }

    @Test
    void propagationStoreBufferingWithFullyOrderedRmw() {
        // The shape of Yu Zhao's S1 question: P0 does a fully ordered RMW then reads;
        // P1 clears with an RMW of the given ordering then reads.
        for (Access clear : new Access[] { Access.ONCE, Access.MB }) {
            HandTest h = new HandTest("SB+rmw");
            int ref = h.loc("ref", 1);
            int pte = h.loc("pte", 1);
            h.thread(t -> {
                t.atomicOp(ref, Long::sum, c(1), Access.MB, ThreadBuilder.Returns.NEW, null);
                t.setReg("r0", t.read(pte, O, null));
            });
            h.thread(t -> {
                t.xchg(pte, c(0), clear, null);
                t.setReg("r1", t.read(ref, O, null));
            });
            LitmusTest lt = h.exists(and(reg(0, "r0", 1), reg(1, "r1", 1)));
            assertEquals(clear == Access.MB ? Verdict.NEVER : Verdict.SOMETIMES, verdict(lt, LKMM), clear.name());
            assertEquals(Verdict.NEVER, verdict(lt, SC));
            assertEquals(Verdict.NEVER, verdict(lt, TSO), "x86 RMWs are all locked");
        }
    }

    @Test
    void propagationIriw() {
        for (boolean mb : new boolean[] { false, true }) {
            HandTest h = new HandTest("IRIW");
            int x = h.loc("x");
            int y = h.loc("y");
            h.thread(t -> t.write(x, c(1), O, null));
            h.thread(t -> {
                t.setReg("r0", t.read(x, O, null));
                if (mb) {
                    t.fence(FenceKind.MB);
                }
                t.setReg("r1", t.read(y, O, null));
            });
            h.thread(t -> t.write(y, c(1), O, null));
            h.thread(t -> {
                t.setReg("r0", t.read(y, O, null));
                if (mb) {
                    t.fence(FenceKind.MB);
                }
                t.setReg("r1", t.read(x, O, null));
            });
            LitmusTest lt = h.exists(and(reg(1, "r0", 1), reg(1, "r1", 0), reg(3, "r0", 1), reg(3, "r1", 0)));
            assertEquals(mb ? Verdict.NEVER : Verdict.SOMETIMES, verdict(lt, LKMM));
            assertEquals(Verdict.NEVER, verdict(lt, TSO));
        }
    }

    @Test
    void propagationWrcRelease() {
        // WRC+pooncerelease+fencermbonceonce+Once: Never
        HandTest h = new HandTest("WRC");
        int x = h.loc("x");
        int y = h.loc("y");
        h.thread(t -> t.write(x, c(1), O, null));
        h.thread(t -> {
            t.setReg("r0", t.read(x, O, null));
            t.write(y, c(1), REL, null);
        });
        h.thread(t -> {
            t.setReg("r0", t.read(y, O, null));
            t.fence(FenceKind.RMB);
            t.setReg("r1", t.read(x, O, null));
        });
        assertEquals(Verdict.NEVER,
                verdict(h.exists(and(reg(1, "r0", 1), reg(2, "r0", 1), reg(2, "r1", 0))), LKMM));
    }

    @Test
    void locksGiveMutualExclusionAndOrdering() {
        // MP+polocks: Never
        HandTest h = new HandTest("MP+polocks");
        int x = h.loc("x");
        int y = h.loc("y");
        int l = h.lock("mylock");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            t.lock(l);
            t.write(y, c(1), O, null);
            t.unlock(l);
        });
        h.thread(t -> {
            t.lock(l);
            t.setReg("r0", t.read(y, O, null));
            t.unlock(l);
            t.setReg("r1", t.read(x, O, null));
        });
        LitmusTest lt = h.exists(and(reg(1, "r0", 1), reg(1, "r1", 0)));
        assertEquals(Verdict.NEVER, verdict(lt, LKMM));
        // counter under a lock
        HandTest g = new HandTest("lock-counter");
        int cnt = g.loc("cnt");
        int lk = g.lock("l");
        ThreadProgram inc = t -> {
            t.lock(lk);
            Val r = t.read(cnt, O, null);
            t.write(cnt, r.map(v -> v + 1), O, null);
            t.unlock(lk);
        };
        g.thread(inc).thread(inc);
        assertEquals(Verdict.NEVER, verdict(g.exists(mem(cnt, 1)), LKMM));
        assertEquals(Verdict.ALWAYS, verdict(g.exists(mem(cnt, 2)), LKMM));
    }

    @Test
    void bitLockAsWaitingAcquireRmwAndReleaseRmw() {
        // lock_page / unlock_page: test_and_set_bit_lock (waits for the bit clear,
        // acquire) and clear_bit_unlock (release RMW) on a flags word
        HandTest h = new HandTest("bitlock-counter");
        int flags = h.loc("flags");
        int cnt = h.loc("cnt");
        ThreadProgram inc = t -> {
            t.awaitRmw(flags, v -> (v & 1) == 0, v -> v | 1, ACQ, null);
            Val r = t.read(cnt, O, null);
            t.write(cnt, r.map(v -> v + 1), O, null);
            t.atomicOp(flags, (o, m) -> o & ~m, c(1), REL, ThreadBuilder.Returns.OLD, null);
        };
        h.thread(inc).thread(inc);
        assertEquals(Verdict.NEVER, verdict(h.exists(mem(cnt, 1)), LKMM));
        assertEquals(Verdict.ALWAYS, verdict(h.exists(mem(cnt, 2)), LKMM));
    }

    @Test
    void trylockFailsOnlyWhenHeld() {
        HandTest h = new HandTest("trylock");
        int l = h.lock("l");
        int x = h.loc("x");
        h.thread(t -> {
            t.lock(l);
            t.write(x, c(1), O, null);
            t.unlock(l);
        });
        h.thread(t -> {
            Val ok = t.trylock(l);
            t.setReg("r0", ok);
            if (ok.value() != 0) {
                t.setReg("r1", t.read(x, O, null));
                t.unlock(l);
            }
        });
        // trylock can fail (while P0 holds the lock) and can succeed before or after P0
        assertEquals(Verdict.SOMETIMES, verdict(h.exists(reg(1, "r0", 0)), LKMM));
        assertEquals(Verdict.SOMETIMES, verdict(h.exists(and(reg(1, "r0", 1), reg(1, "r1", 1))), LKMM));
    }

    // ------------------------------------------------------------------ rcu

    private static LitmusTest rcuMp(boolean sync, boolean reader) {
        HandTest h = new HandTest("RCU-MP");
        int x = h.loc("x");
        int y = h.loc("y");
        h.thread(t -> {
            t.write(x, c(1), O, null);
            if (sync) {
                t.fence(FenceKind.SYNC_RCU);
            }
            t.write(y, c(1), O, null);
        });
        h.thread(t -> {
            if (reader) {
                t.fence(FenceKind.RCU_LOCK);
            }
            t.setReg("r0", t.read(y, O, null));
            t.setReg("r1", t.read(x, O, null));
            if (reader) {
                t.fence(FenceKind.RCU_UNLOCK);
            }
        });
        return h.exists(and(reg(1, "r0", 1), reg(1, "r1", 0)));
    }

    @Test
    void rcuGracePeriodOrdersReaders() {
        assertEquals(Verdict.NEVER, verdict(rcuMp(true, true), LKMM), "grace period vs read-side critical section");
        assertEquals(Verdict.SOMETIMES, verdict(rcuMp(true, false), LKMM), "no reader: P1 is unordered");
        assertEquals(Verdict.SOMETIMES, verdict(rcuMp(false, true), LKMM), "no grace period");
        assertEquals(Verdict.NEVER, verdict(rcuMp(true, true), SC));
    }

    @Test
    void rcuTwoGracePeriodsTwoReaders() {
        // C-2+2W+rl-o-rul+o-sync-o+rl-o-rul+o-sync-o: Never (as many GPs as readers)
        HandTest h = new HandTest("2+2W-rcu");
        int x0 = h.loc("x0");
        int x1 = h.loc("x1");
        int x2 = h.loc("x2");
        int x3 = h.loc("x3");
        h.thread(t -> {
            t.write(x0, c(1), O, null);
            t.fence(FenceKind.SYNC_RCU);
            t.write(x1, c(2), O, null);
        });
        h.thread(t -> {
            t.fence(FenceKind.RCU_LOCK);
            t.write(x1, c(1), O, null);
            t.write(x2, c(2), O, null);
            t.fence(FenceKind.RCU_UNLOCK);
        });
        h.thread(t -> {
            t.write(x2, c(1), O, null);
            t.fence(FenceKind.SYNC_RCU);
            t.write(x3, c(2), O, null);
        });
        h.thread(t -> {
            t.fence(FenceKind.RCU_LOCK);
            t.write(x3, c(1), O, null);
            t.write(x0, c(2), O, null);
            t.fence(FenceKind.RCU_UNLOCK);
        });
        assertEquals(Verdict.NEVER, verdict(h.exists(and(mem(x0, 1), mem(x1, 1), mem(x2, 1), mem(x3, 1))), LKMM));
    }

    @Test
    void srcuGracePeriodNeedsSameStruct() {
        for (boolean same : new boolean[] { true, false }) {
            HandTest h = new HandTest("srcu");
            int x = h.loc("x");
            int y = h.loc("y");
            int s1 = h.srcu("s1");
            int s2 = same ? s1 : h.srcu("s2");
            h.thread(t -> {
                Val ck = t.srcuLock(s1, null);
                t.setReg("r1", t.read(x, O, null));
                t.setReg("r2", t.read(y, O, null));
                t.srcuUnlock(s1, ck, null);
            });
            h.thread(t -> {
                t.write(y, c(1), O, null);
                t.syncSrcu(s2);
                t.write(x, c(1), O, null);
            });
            LitmusTest lt = h.exists(and(reg(0, "r1", 1), reg(0, "r2", 0)));
            assertEquals(same ? Verdict.NEVER : Verdict.SOMETIMES, verdict(lt, LKMM), "same struct: " + same);
        }
    }

    // ------------------------------------------------------------------ plain accesses

    @Test
    void dataRaceFlagAndPlainCoherence() {
        // A plain write and a plain read unordered: a data race.
        HandTest h = new HandTest("race");
        int x = h.loc("x");
        int f = h.loc("f");
        h.thread(t -> {
            t.write(x, c(1), Access.PLAIN, null);
            t.write(f, c(1), O, null);
        });
        h.thread(t -> {
            Val r = t.read(f, O, null);
            t.setReg("r0", r);
            t.setReg("r1", t.read(x, Access.PLAIN, null));
        });
        Explorer.Result res = new Explorer(h.exists(reg(1, "r0", 1)), LKMM, null, 0, 0).run();
        assertEquals(Verdict.SOMETIMES, res.verdict());
        assertEquals(true, res.flags().contains("data-race"));

        // With release/acquire and the read only when the flag is seen: no race.
        HandTest g = new HandTest("norace");
        int a = g.loc("x");
        int b = g.loc("f");
        g.thread(t -> {
            t.write(a, c(1), Access.PLAIN, null);
            t.write(b, c(1), REL, null);
        });
        g.thread(t -> {
            Val r = t.read(b, ACQ, null);
            t.setReg("r0", r);
            if (r.value() != 0) {
                t.pushCtrl(r.deps());
                t.setReg("r1", t.read(a, Access.PLAIN, null));
                t.popCtrl();
            }
        });
        Explorer.Result res2 = new Explorer(g.exists(and(reg(1, "r0", 1), reg(1, "r1", 0))), LKMM, null, 0, 0).run();
        assertEquals(Verdict.NEVER, res2.verdict());
        assertEquals(false, res2.flags().contains("data-race"));
    }
}
