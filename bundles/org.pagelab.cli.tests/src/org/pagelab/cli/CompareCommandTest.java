package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code ./pagelab compare}. */
class CompareCommandTest {
    private static final String S1 = MainTest.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl").toString();

    @Test
    void drawsTheFailingRunAndTheFixOnItsSchedule() {
        MainTest.Run r = MainTest.run("compare", S1, "try_to_unmap_one", "5.16", "v2");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("5.16       Sometimes"), r.out());
        assertTrue(r.out().contains("v2         Never"), r.out());
        assertTrue(r.out().contains("==> dirty-data-lost"), r.out());
        assertTrue(r.out().contains("try_to_unmap_one = v2 on the same schedule"), r.out());
        assertTrue(r.out().contains("Result: every thread ran to its end, no violation."), r.out());
        r = MainTest.run("compare", "--json", S1, "try_to_unmap_one", "v2", "5.16");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"followed\""), r.out());
        assertTrue(r.out().contains("\"divergence\": "), r.out());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        MainTest.Run r = MainTest.run("compare", S1, "try_to_unmap_one", "5.16", "v9");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("no variant \"v9\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        r = MainTest.run("compare", S1, "try_to_unmap_one", "5.16");
        assertEquals(2, r.code());
        r = MainTest.run("compare", Path.of("no-such.pgl").toString(), "f", "a", "b");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
