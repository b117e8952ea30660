package org.pagelab.engine.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The interface axiomatic models use: a thread run in isolation, reads answered by the caller. */
class ThreadRunnerTest {

    @Test
    void eventsCarryAnnotationsValuesAndDependencies() throws Exception {
        Program p = Scenarios.compile("""
                C deps
                { int a = 7; }
                P0(int *x, int **y, int *z, int *a) { int *r1; int r2; int r3;
                  r1 = rcu_dereference(*y);   /* event 0 */
                  r2 = READ_ONCE(*r1);        /* event 1: address dependency on 0 */
                  WRITE_ONCE(*z, r2 + 1);     /* event 2: data dependency on 1 */
                  if (r2) smp_mb();           /* event 3: control dependency on 1 */
                  r3 = xchg_relaxed(x, 5);    /* events 4 (read) and 5 (write) */
                }
                exists (0:r2=7)
                """);
        int aAddr = p.heap().byName("a").pointer();
        ThreadRunner.Run r = new ThreadRunner(p).run(0, ev -> ev.location().equals("y") ? aAddr : 7, 64);
        assertTrue(r.complete());
        List<ThreadRunner.Event> ev = r.events();
        assertEquals(6, ev.size(), ev.toString());
        assertEquals(Annot.RCU_DEREF, ev.get(0).annot());
        assertEquals("a", ev.get(1).location());
        assertTrue(ThreadRunner.Event.has(ev.get(1).addrDeps(), 0));
        assertEquals(1, ev.get(1).addrDeps().length);
        assertEquals(1L, ev.get(1).addrDeps()[0]);
        assertEquals(ThreadRunner.Kind.WRITE, ev.get(2).kind());
        assertEquals(8, ev.get(2).value());
        assertEquals(2L, ev.get(2).dataDeps()[0]);
        assertEquals(Annot.F_MB, ev.get(3).annot());
        assertEquals(2L, ev.get(3).ctrlDeps()[0]);
        assertEquals(Annot.RELAXED, ev.get(4).annot());
        assertEquals(4, ev.get(5).rmwRead());
        assertEquals(5, ev.get(5).value());
        assertEquals(7, r.registers().get("r2"));
    }

    @Test
    void enumerateTriesEveryReadValue() throws Exception {
        Program p = Scenarios.compile("""
                C MP
                {}
                P0(int *x, int *y) { int r0; int r1; r0 = smp_load_acquire(y); if (r0) r1 = READ_ONCE(*x); }
                exists (0:r0=1)
                """);
        List<ThreadRunner.Run> runs = new ThreadRunner(p).enumerate(0, cell -> new int[] {0, 1}, 100);
        assertEquals(3, runs.size(), "r0=0; r0=1 with r1 in {0,1}");
        assertEquals(1, runs.get(0).events().size());
        assertEquals(2, runs.get(2).events().size());
    }

    @Test
    void bitUnlockIsAReleaseRmwThatKeepsTheOtherBits() throws Exception {
        Program p = Scenarios.compile("""
                C bitlock
                { int f = 4; }
                P0(int *f) { bit_spin_lock(0, f); set_bit(3, f); bit_spin_unlock(0, f); }
                exists (f=12)
                """);
        int[] vals = {4, 5, 13};
        int[] k = {0};
        ThreadRunner.Run r = new ThreadRunner(p).run(0, ev -> vals[k[0]++], 64);
        assertTrue(r.complete());
        List<ThreadRunner.Event> ev = r.events();
        assertEquals(6, ev.size(), ev.toString());
        assertEquals(5, ev.get(1).value(), "the lock sets bit 0");
        ThreadRunner.Event rd = ev.get(4);
        ThreadRunner.Event wr = ev.get(5);
        assertEquals(ThreadRunner.Kind.READ, rd.kind());
        assertEquals(ThreadRunner.Kind.WRITE, wr.kind());
        assertEquals(Annot.UNLOCK, wr.annot());
        assertEquals(4, wr.rmwRead(), "the unlock reads the word it changes");
        assertEquals(12, wr.value(), "bit 0 cleared, bits 2 and 3 kept");
    }

    @Test
    void aLockReadSeeingTheLockHeldBlocksTheRun() throws Exception {
        Program p = Scenarios.compile("""
                C bitlock-held
                { int f = 0; }
                P0(int *f) { bit_spin_lock(0, f); WRITE_ONCE(*f, 8); }
                exists (f=8)
                """);
        ThreadRunner.Run r = new ThreadRunner(p).run(0, ev -> 1, 64);
        assertFalse(r.complete());
        assertEquals(1, r.events().size(), r.events().toString());
    }

    /** Dependencies are tracked per read, so a thread may make more than 64 events. */
    @Test
    void dependenciesReachEventsBeyondTheSixtyFourth() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("r = READ_ONCE(*x); WRITE_ONCE(*y, 1);\n");    /* events 2i, 2i + 1 */
        }
        body.append("WRITE_ONCE(*z, r + 1);\n");                     /* event 80: data on event 78 */
        Program p = Scenarios.compile("C long\n{}\nP0(int *x, int *y, int *z) { int r;\n" + body + "}\nexists (0:r=1)\n");
        ThreadRunner.Run run = new ThreadRunner(p).run(0, ev -> 1, 4096);
        assertTrue(run.complete(), String.valueOf(run.cut()));
        ThreadRunner.Event last = run.events().get(80);
        assertEquals("z", last.location());
        assertTrue(ThreadRunner.Event.has(last.dataDeps(), 78), java.util.Arrays.toString(last.dataDeps()));
        assertFalse(ThreadRunner.Event.has(last.dataDeps(), 76));
    }

    @Test
    void aRunWithMoreReadsThanTrackedIsCutAndSaysWhy() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < ThreadRunner.MAX_READS + 1; i++) {
            body.append("r = READ_ONCE(*x);\n");
        }
        Program p = Scenarios.compile("C many\n{}\nP0(int *x) { int r;\n" + body + "}\nexists (0:r=1)\n");
        ThreadRunner.Run run = new ThreadRunner(p).run(0, ev -> 1, 4096);
        assertFalse(run.complete());
        assertEquals("more than " + ThreadRunner.MAX_READS + " reads", run.cut());
        assertEquals(ThreadRunner.MAX_READS, run.events().size());
    }
}
