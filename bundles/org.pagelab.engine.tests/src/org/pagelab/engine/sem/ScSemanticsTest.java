package org.pagelab.engine.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.lang.Ast.Verdict;

/** Litmus shapes whose sequentially consistent outcome is known. */
class ScSemanticsTest {

    @Test
    void storeBufferingIsForbiddenUnderSc() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C SB
                {}
                P0(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); r0 = READ_ONCE(*y); }
                P1(int *x, int *y) { int r0; WRITE_ONCE(*y, 1); r0 = READ_ONCE(*x); }
                exists (0:r0=0 /\\ 1:r0=0)
                """);
        assertEquals(Verdict.NEVER, r.verdict());
        assertTrue(r.complete());
        assertEquals(3, r.finals(), "(1,1), (0,1), (1,0)");
    }

    @Test
    void oneSidedOutcomeIsSometimesWithAWitness() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C SB-one
                {}
                P0(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); r0 = READ_ONCE(*y); }
                P1(int *x, int *y) { int r0; WRITE_ONCE(*y, 1); r0 = READ_ONCE(*x); }
                exists (0:r0=0)
                """);
        assertEquals(Verdict.SOMETIMES, r.verdict());
        Trace w = r.witness();
        assertNotNull(w);
        assertEquals("P0", w.steps().get(0).threadName(), "shortest witness: P0 runs first");
        assertEquals(0, w.steps().get(w.steps().size() - 1).after().threads().get(0).registers().get("r0"));
    }

    @Test
    void messagePassingAndFilterAndAlways() throws Exception {
        String mp = """
                C MP
                { x=0; y=0; }
                P0(int *x, int *y) { WRITE_ONCE(*x, 1); smp_store_release(y, 1); }
                P1(int *x, int *y) { int r0; int r1; r0 = smp_load_acquire(y); r1 = READ_ONCE(*x); }
                %s
                """;
        assertEquals(Verdict.NEVER, Scenarios.explore(mp.formatted("exists (1:r0=1 /\\ 1:r1=0)")).verdict());
        assertEquals(Verdict.ALWAYS, Scenarios.explore(mp.formatted("filter (1:r0=1)\nexists (1:r1=1)")).verdict());
        assertEquals(Verdict.ALWAYS, Scenarios.explore(mp.formatted("forall (x=1 /\\ y=1)")).verdict());
    }

    @Test
    void atomicsLocksAndAddresses() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C counters
                { atomic_t c = ATOMIC_INIT(0); int *p=&x; }
                P0(atomic_t *c, spinlock_t *l, int *x, int **p) { int r; spin_lock(l); r = atomic_inc_return(c);
                    WRITE_ONCE(**p, r); spin_unlock(l); }
                P1(atomic_t *c, spinlock_t *l, int *x) { int r; spin_lock(l); r = atomic_fetch_add(2, c); spin_unlock(l); }
                exists (c=3 /\\ (x=1 \\/ x=3))
                """);
        assertEquals(Verdict.ALWAYS, r.verdict());
    }

    @Test
    void lostUpdateOfPlainReadModifyWrite() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C lost-update
                {}
                P0(int *x) { int r; r = READ_ONCE(*x); WRITE_ONCE(*x, r + 1); }
                P1(int *x) { int r; r = READ_ONCE(*x); WRITE_ONCE(*x, r + 1); }
                exists (x=1)
                """);
        assertEquals(Verdict.SOMETIMES, r.verdict());
    }

    @Test
    void abbaDeadlockIsAViolationWithATrace() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C ABBA
                {}
                P0:a(spinlock_t *l1, spinlock_t *l2) { spin_lock(l1); spin_lock(l2); spin_unlock(l2); spin_unlock(l1); }
                P1:b(spinlock_t *l1, spinlock_t *l2) { spin_lock(l2); spin_lock(l1); spin_unlock(l1); spin_unlock(l2); }
                exists (deadlock)
                """);
        assertEquals(Verdict.SOMETIMES, r.verdict());
        assertFalse(r.unexpected());
        Trace t = r.violations().get(0);
        assertEquals("deadlock", t.violation());
        assertEquals(2, t.steps().size(), "a takes l1, b takes l2");
        assertEquals("blocked", t.steps().get(1).after().threads().get(0).status());
    }

    @Test
    void assertionViolationIsUnexpectedWhenTheConditionIgnoresIt() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C assert
                {}
                P0(int *x) { WRITE_ONCE(*x, 1); }
                P1(int *x) { int r; r = READ_ONCE(*x); assert(r == 1, "P1 sees the write"); }
                exists (1:r=1)
                """);
        assertTrue(r.unexpected());
        Trace t = r.violations().get(0);
        assertEquals("assert", t.violation());
        assertEquals("P1 sees the write", t.steps().get(t.steps().size() - 1).message());
        assertEquals(Verdict.ALWAYS, r.verdict(), "executions that end in a violation are not counted");
    }

    @Test
    void retryLoopThatCanRepeatForeverIsALivelock() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C ping-pong
                {}
                P0:a(int *x) { retry: if (READ_ONCE(*x) == 0) { WRITE_ONCE(*x, 1); goto retry; } }
                P1:b(int *x) { retry: if (READ_ONCE(*x) == 1) { WRITE_ONCE(*x, 0); goto retry; } }
                exists (livelock)
                """);
        assertEquals(Verdict.SOMETIMES, r.verdict());
        Trace t = r.violations().get(0);
        assertEquals("livelock", t.violation());
        assertTrue(t.loopStart() >= 0);
    }

    @Test
    void spinningOnAFlagIsNotALivelockWhileTheWriterCanRun() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C spin
                {}
                P0(int *f, int *x) { int r; while (!READ_ONCE(*f)) cpu_relax(); r = READ_ONCE(*x); }
                P1(int *f, int *x) { WRITE_ONCE(*x, 1); smp_store_release(f, 1); }
                exists (0:r=0)
                """);
        assertTrue(r.violations().isEmpty(), () -> r.violations().toString());
        assertEquals(Verdict.NEVER, r.verdict());
    }

    @Test
    void rcuGracePeriodWaitsForPreexistingReaders() throws Exception {
        ExploreResult r = Scenarios.explore("""
                C RCU-MP
                {}
                P0(int *x, int *y) { int r0; int r1; rcu_read_lock(); r0 = READ_ONCE(*x); r1 = READ_ONCE(*y); rcu_read_unlock(); }
                P1(int *x, int *y) { WRITE_ONCE(*y, 1); synchronize_rcu(); WRITE_ONCE(*x, 1); }
                exists (0:r0=1 /\\ 0:r1=0)
                """);
        assertEquals(Verdict.NEVER, r.verdict());
    }
}
