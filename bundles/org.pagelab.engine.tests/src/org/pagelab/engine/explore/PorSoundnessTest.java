package org.pagelab.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.sem.Program;
import org.pagelab.engine.sem.Scenarios;

/**
 * Partial-order reduction must not change what exploration concludes:
 * same verdict, same number of distinct final states with the same
 * condition counts, same violations; and it must actually reduce.
 */
class PorSoundnessTest {

    static void same(Program p, String what) {
        ExploreResult full = Scenarios.explore(p, false);
        ExploreResult red = Scenarios.explore(p, true);
        assertTrue(full.complete() && red.complete(), what + ": incomplete");
        assertEquals(full.verdict(), red.verdict(), what + ": verdict");
        assertEquals(full.finals(), red.finals(), what + ": final executions");
        assertEquals(full.positive(), red.positive(), what + ": executions satisfying the condition");
        List<String> fv = new ArrayList<>();
        List<String> rv = new ArrayList<>();
        full.violations().forEach(t -> fv.add(t.violation()));
        red.violations().forEach(t -> rv.add(t.violation()));
        fv.sort(null);
        rv.sort(null);
        assertEquals(fv, rv, what + ": violations");
        assertTrue(red.states() <= full.states(), what + ": reduction explored more states");
    }

    @Test
    void smallLitmusTestsAgree() throws Exception {
        Path dir = TestFiles.sharedFile("data/litmus/manual-kernel-dev");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".litmus")).sorted().toList();
        }
        int checked = 0;
        for (Path f : files) {
            Program p = Scenarios.compile(f);
            if (p.threadCount() > 3) {
                continue;
            }
            same(p, f.getFileName().toString());
            checked++;
        }
        assertTrue(checked > 30, "only " + checked + " files checked");
    }

    @Test
    void independentThreadsDoNotMultiplyStates() throws Exception {
        StringBuilder sb = new StringBuilder("C independent\n{}\n");
        for (int t = 0; t < 6; t++) {
            sb.append("P").append(t).append("(int *x").append(t).append(") { int r; WRITE_ONCE(*x").append(t)
                    .append(", 1); r = READ_ONCE(*x").append(t).append("); WRITE_ONCE(*x").append(t)
                    .append(", r + 1); }\n");
        }
        sb.append("exists (x0=2 /\\ x5=2)\n");
        Program p = Scenarios.compile(sb.toString());
        ExploreResult red = Scenarios.explore(p, true);
        ExploreResult full = Scenarios.explore(p, false);
        assertEquals(full.verdict(), red.verdict());
        assertEquals(4L * 4 * 4 * 4 * 4 * 4, full.states(), "4 positions per thread, 6 threads");
        assertTrue(red.states() <= 6 * 3 + 1, "reduced: one interleaving, got " + red.states());
    }

    @Test
    void livelockAndDeadlockSurviveReduction() throws Exception {
        same(Scenarios.compile("""
                C ping-pong-plus
                {}
                P0:a(int *x) { retry: if (READ_ONCE(*x) == 0) { WRITE_ONCE(*x, 1); goto retry; } }
                P1:b(int *x) { retry: if (READ_ONCE(*x) == 1) { WRITE_ONCE(*x, 0); goto retry; } }
                P2:c(int *y) { WRITE_ONCE(*y, 1); WRITE_ONCE(*y, 2); }
                exists (livelock)
                """), "livelock");
        same(Scenarios.compile("""
                C ABBA-plus
                {}
                P0:a(spinlock_t *l1, spinlock_t *l2) { spin_lock(l1); spin_lock(l2); spin_unlock(l2); spin_unlock(l1); }
                P1:b(spinlock_t *l1, spinlock_t *l2) { spin_lock(l2); spin_lock(l1); spin_unlock(l1); spin_unlock(l2); }
                P2:c(int *y) { WRITE_ONCE(*y, 1); WRITE_ONCE(*y, 2); }
                exists (deadlock)
                """), "deadlock");
    }
}
