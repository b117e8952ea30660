package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread that stops at a violation (assert, BUG, oops) under an axiomatic
 * model: the behaviour is kept up to the violation, and the explorer reports
 * it (flag "violation" and a note) when an allowed execution reaches it.
 */
class ThreadViolationTest {
    private static final String MP = """
            C mp-assert
            {}
            P0(int *x, int *y) { WRITE_ONCE(*x, 1); smp_store_release(y, 1); }
            P1(int *x, int *y) {
                int r1 = %s;
                int r2 = 1;
                if (r1)
                    r2 = READ_ONCE(*x);
                assert(r2 == 1, "saw the flag but not the data");
            }
            exists (1:r1=1)
            """;

    private static AxiomaticCheck.Report check(Path dir, String read) throws Exception {
        Path f = dir.resolve("mp.pgl");
        Files.writeString(f, MP.formatted(read));
        AxiomaticCheck.Report r = AxiomaticChecks.check(f, LkmmModel.INSTANCE, null, 0, 0);
        assertNull(r.error(), r.line());
        return r;
    }

    @Test
    void anAssertReachableUnderTheLkmmIsReported(@TempDir Path dir) throws Exception {
        AxiomaticCheck.Report r = check(dir, "READ_ONCE(*y)");
        assertTrue(r.flags().contains("violation"), r.line());
        assertTrue(r.note().contains("P1 (P1): assert: saw the flag but not the data"), r.note());
        // the condition is judged on the executions in which every thread finished
        assertEquals("Sometimes", r.verdict());
    }

    @Test
    void anAssertTheModelForbidsIsNotReported(@TempDir Path dir) throws Exception {
        AxiomaticCheck.Report r = check(dir, "smp_load_acquire(y)");
        assertFalse(r.flags().contains("violation"), r.line());
        assertNull(r.note(), r.line());
        assertEquals("Sometimes", r.verdict());
    }
}
