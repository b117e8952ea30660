package org.pagelab.engine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.explore.Followed;
import org.pagelab.engine.explore.Trace;
import org.pagelab.engine.sem.Program;

/** Variant comparison: the fixed code run along the failing schedule. */
class VariantCompareTest {

    @Test
    void s1PatchV2OnThe516CounterexampleSchedule() throws Exception {
        Path f = TestFiles.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");
        VariantCompare.Result r = VariantCompare.run(f, Files.readString(f), "try_to_unmap_one", "5.16", "v2",
                new CheckOptions());
        assertEquals("Sometimes", r.a().result().verdict());
        assertEquals("Never", r.b().result().verdict());
        assertNotNull(r.a().counterexample());
        assertEquals("dirty-data-lost", r.a().counterexample().violation());
        assertNull(r.b().counterexample());
        assertEquals(r.a(), r.reference());
        Followed fol = r.b().followed();
        assertNotNull(fol);
        Trace t = fol.trace();
        assertEquals("replay", t.kind());
        assertNull(t.violation(), t.message());
        assertEquals("every thread ran to its end", t.message());
        // up to the divergence, v2 did exactly what 5.16 did, step by step
        Trace ref = r.a().counterexample();
        assertTrue(r.divergence() > 0 && r.divergence() < ref.steps().size(), "divergence " + r.divergence());
        for (int i = 0; i < t.steps().size() && fol.reference()[i] < r.divergence(); i++) {
            Trace.Step mine = t.steps().get(i);
            Trace.Step theirs = ref.steps().get(fol.reference()[i]);
            assertEquals(theirs.thread(), mine.thread());
            assertEquals(theirs.event(), mine.event());
        }
        // and at the divergence the reclaim CPU is in try_to_unmap_one, where v2 checks the refcount
        Trace.Step at = ref.steps().get(r.divergence());
        assertEquals("reclaim", at.threadName());
        assertTrue(at.stack().contains("try_to_unmap_one"), at.stack().toString());
        String text = r.text();
        assertTrue(text.contains("try_to_unmap_one = v2 on the same schedule"), text);
        assertTrue(text.contains("It parts from the failing run at step " + (r.divergence() + 1)), text);
        assertTrue(text.contains("page_ref_count"), text);
    }

    @Test
    void aBlockedThreadIsPassedOverAndTheRestRunsToTheEnd(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        // the reference schedule says P1, P0, P0; under the other program P1 waits for P0's flag first
        String a = "C follow\n{ int x = 0; int y = 0; }\nP0(int *x, int *y) { WRITE_ONCE(*x, 1); WRITE_ONCE(*y, 1); }\n"
                + "P1(int *x, int *y) { int r0 = READ_ONCE(*x); }\nexists (1:r0=0)\n";
        String b = "C follow\n{ int x = 0; int y = 0; }\nP0(int *x, int *y) { WRITE_ONCE(*x, 1); WRITE_ONCE(*y, 1); }\n"
                + "P1(int *x, int *y) { __wait_until(y, 1, 1); int r0 = READ_ONCE(*x); }\nexists (1:r0=0)\n";
        Path fa = tmp.resolve("a.pgl");
        Path fb = tmp.resolve("b.pgl");
        Files.writeString(fa, a);
        Files.writeString(fb, b);
        CheckOptions o = new CheckOptions();
        CheckResult ra = new ScCheckModel().check(fa, a, o);
        Trace witness = ra.traces().get(ra.traces().size() - 1);
        assertEquals(1, witness.steps().get(0).thread(), "the witness starts with P1's read");
        Program pb = ScCheckModel.compile(fb, b, o);
        Followed fol = Explorer.follow(pb, new Explorer.Options(), witness, 100);
        assertTrue(fol.passed().length >= 1 && fol.passed()[0] == 0, "P1 cannot run first");
        Trace t = fol.trace();
        assertEquals(0, t.steps().get(0).thread());
        assertEquals(1, t.steps().get(t.steps().size() - 1).thread());
        assertEquals("every thread ran to its end", t.message());
    }
}
