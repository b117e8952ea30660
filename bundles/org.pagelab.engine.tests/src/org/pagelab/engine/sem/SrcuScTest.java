package org.pagelab.engine.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.lang.Ast.Verdict;

/**
 * SRCU under SC: each srcu_read_lock opens a section of its own, closed by
 * the srcu_read_unlock given its index; synchronize_srcu waits for exactly
 * the sections open when it starts. Overlapping sections of one thread are
 * not fused (the LKMM's C-srcu-nest-5/7/8 are Sometimes).
 */
class SrcuScTest {

    static final String HEAD = "C t\n{}\n";

    static ExploreResult explore(String threads, String condition) throws Exception {
        ExploreResult r = Scenarios.explore(HEAD + threads + "\n" + condition + "\n");
        assertTrue(r.violations().isEmpty(), () -> r.violations().get(0).violation() + ": "
                + r.violations().get(0).message());
        assertTrue(r.complete());
        return r;
    }

    @Test
    void overlappingSectionsOfOneThreadAreNotFused() throws Exception {
        // shape of C-srcu-nest-5: the grace period may start after r3's lock and end after its unlock,
        // while r4's section (opened after the grace period started) is not waited for
        String nest5 = """
                P0(int *x, int *y, struct srcu_struct *s) { int r1; int r2; int r3; int r4;
                  r3 = srcu_read_lock(s); r2 = READ_ONCE(*y); r4 = srcu_read_lock(s);
                  srcu_read_unlock(s, r3); r1 = READ_ONCE(*x); srcu_read_unlock(s, r4); }
                P1(int *x, int *y, struct srcu_struct *s) { WRITE_ONCE(*y, 1); synchronize_srcu(s); WRITE_ONCE(*x, 1); }
                """;
        assertEquals(Verdict.SOMETIMES, explore(nest5, "exists (0:r1=1 /\\ 0:r2=0)").verdict());
        // shape of C-srcu-nest-7
        String nest7 = """
                P0(int *x, int *y, struct srcu_struct *s) { int r1; int r2;
                  r1 = srcu_read_lock(s); WRITE_ONCE(*x, 1); r2 = srcu_read_lock(s);
                  srcu_read_unlock(s, r1); WRITE_ONCE(*y, 1); srcu_read_unlock(s, r2); }
                P1(int *x, int *y, struct srcu_struct *s) { int r1; int r2;
                  r1 = READ_ONCE(*x); synchronize_srcu(s); r2 = READ_ONCE(*y); }
                """;
        assertEquals(Verdict.SOMETIMES, explore(nest7, "exists (1:r1=1 /\\ 1:r2=0)").verdict());
    }

    @Test
    void properlyNestedAndSequentialSectionsAreStillWaitedFor() throws Exception {
        String nested = """
                P0(int *x, int *y, struct srcu_struct *s) { int r1; int r2; int r3; int r4;
                  r3 = srcu_read_lock(s); r1 = READ_ONCE(*x); r4 = srcu_read_lock(s); r2 = READ_ONCE(*y);
                  srcu_read_unlock(s, r4); srcu_read_unlock(s, r3); }
                P1(int *x, int *y, struct srcu_struct *s) { WRITE_ONCE(*y, 1); synchronize_srcu(s); WRITE_ONCE(*x, 1); }
                """;
        assertEquals(Verdict.NEVER, explore(nested, "exists (0:r1=1 /\\ 0:r2=0)").verdict());
        String one = """
                P0(int *x, int *y, struct srcu_struct *s) { int r1; int r2; int i;
                  i = srcu_read_lock(s); r1 = READ_ONCE(*x); r2 = READ_ONCE(*y); srcu_read_unlock(s, i); }
                P1(int *x, int *y, struct srcu_struct *s) { WRITE_ONCE(*y, 1); synchronize_srcu(s); WRITE_ONCE(*x, 1); }
                """;
        assertEquals(Verdict.NEVER, explore(one, "exists (0:r1=1 /\\ 0:r2=0)").verdict());
    }

    @Test
    void indexesAreTheLowestFreeAndAreReused() throws Exception {
        String p = """
                P0(struct srcu_struct *s) { int a; int b; int c; int d;
                  a = srcu_read_lock(s); b = srcu_read_lock(s); srcu_read_unlock(s, a);
                  c = srcu_read_lock(s); d = srcu_read_lock(s); srcu_read_unlock(s, b);
                  srcu_read_unlock(s, c); srcu_read_unlock(s, d); }
                """;
        assertEquals(Verdict.ALWAYS, explore(p, "forall (0:a=0 /\\ 0:b=1 /\\ 0:c=0 /\\ 0:d=2)").verdict());
    }

    @Test
    void downReadAndUpReadMayRunOnDifferentThreads() throws Exception {
        // shape of C-srcu-nest-6: the section opened by P0 is closed by P1 with the index P0 passed on
        String p = """
                P0(int *y, struct srcu_struct *s, int *idx, int *f) { int r2; int r3;
                  r3 = srcu_down_read(s); WRITE_ONCE(*idx, r3); r2 = READ_ONCE(*y); smp_store_release(f, 1); }
                P1(int *x, struct srcu_struct *s, int *idx, int *f) { int r1; int r3; int r4;
                  r4 = smp_load_acquire(f); r1 = READ_ONCE(*x); r3 = READ_ONCE(*idx); srcu_up_read(s, r3); }
                P2(int *x, int *y, struct srcu_struct *s) { WRITE_ONCE(*y, 1); synchronize_srcu(s); WRITE_ONCE(*x, 1); }
                """;
        assertEquals(Verdict.NEVER, explore(p, "filter (1:r4=1)\nexists (1:r1=1 /\\ 0:r2=0)").verdict());
    }

    @Test
    void unlockingAnIndexThatIsNotOpenIsABug() throws Exception {
        ExploreResult r = Scenarios.explore(HEAD + """
                P0(struct srcu_struct *s) { int a; a = srcu_read_lock(s); srcu_read_unlock(s, a); srcu_read_unlock(s, a); }
                exists (0:a=0)
                """);
        assertEquals("bug", r.violations().get(0).violation());
        assertTrue(r.violations().get(0).message().contains("srcu_read_unlock with index 0"),
                r.violations().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1, NEVER", "2, NEVER", "3, SOMETIMES", "5, SOMETIMES", "6, NEVER", "7, SOMETIMES", "8, SOMETIMES"})
    void theLkmmSrcuNestingTestsHaveTheirVerdicts(int n, Verdict expected) throws Exception {
        Path f = TestFiles.sharedFile("data/litmus/manual-kernel-dev/manual_kernel__C-srcu-nest-" + n + ".litmus");
        assertTrue(Files.readString(f).contains("Result: " + (expected == Verdict.NEVER ? "Never" : "Sometimes")));
        ExploreResult r = Scenarios.explore(Scenarios.compile(f), true);
        assertTrue(r.violations().isEmpty(), () -> f + ": " + r.violations());
        assertEquals(expected, r.verdict(), f.toString());
    }
}
