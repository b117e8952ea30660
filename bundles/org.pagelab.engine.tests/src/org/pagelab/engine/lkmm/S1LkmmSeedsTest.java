package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.check.CheckModels;
import org.pagelab.engine.check.CheckOptions;
import org.pagelab.engine.check.CheckResult;
import org.pagelab.engine.check.Checker;

/**
 * The S1 barrier race on the kernel model library (examples/seeds/s1-lkmm-*):
 * GUP-fast against try_to_unmap_one(), the PTE clear of the arm64 and x86
 * ptep_get_and_clear() variants, patch v2 and v3. Each seed is checked under
 * the LKMM, the axiomatic SC model and the SC explorer, whatever its Model:
 * line says.
 */
class S1LkmmSeedsTest {
    private static Path seed(String name) {
        return TestFiles.project().resolve("examples/seeds/s1-lkmm-" + name + ".pgl");
    }

    private static AxiomaticCheck.Report axiomatic(String name, MemoryModel m) {
        AxiomaticCheck.Report r = AxiomaticChecks.check(seed(name), m, null, 120_000, 0);
        assertEquals(null, r.error(), r.line());
        return r;
    }

    private static String explorer(String name) {
        CheckResult r = Checker.check(seed(name), CheckModels.byName("sc"), new CheckOptions());
        return r.verdict();
    }

    @Test
    void patchV2WithTheRelaxedArm64ClearFailsUnderTheLkmmOnly() {
        AxiomaticCheck.Report r = axiomatic("v2-arm64-lkmm", LkmmModel.INSTANCE);
        assertEquals("Sometimes", r.verdict(), r.line());
        assertEquals(Boolean.TRUE, r.match(), r.line());
        assertNotNull(r.witness());
        // the witness is store buffering: the clear is a relaxed xchg, both sides read the old values
        String text = r.witness().toText();
        assertTrue(text.contains("W[once,rmw] pmd-0x0->pte[1]=0"), text);
        String reRead = null;
        for (Witness.Event e : r.witness().events()) {
            if (e.thread() == 0 && e.text().startsWith("R[once] pmd-0x0->pte[1]=")) {
                reRead = e.text();
            }
        }
        assertNotNull(reRead, text);
        assertTrue(!reRead.endsWith("=0"), "GUP's re-read still sees the PTE: " + reRead);
        assertTrue(text.contains("R[mb,rmw] P->_refcount=2"), text);
        assertTrue(text.contains("R[once] P->_refcount=2"), text);
        assertEquals("Sometimes", axiomatic("v2-arm64-sc", LkmmModel.INSTANCE).verdict());
        assertEquals("Never", axiomatic("v2-arm64-lkmm", ScModel.INSTANCE).verdict());
        assertEquals("Never", explorer("v2-arm64-sc"));
        assertEquals("Never", explorer("v2-arm64-lkmm"));
    }

    @Test
    void patchV3AndTheFullyOrderedX86ClearHold() {
        assertEquals("Never", axiomatic("v3-arm64-lkmm", LkmmModel.INSTANCE).verdict());
        assertEquals("Never", axiomatic("v3-arm64-sc", LkmmModel.INSTANCE).verdict());
        assertEquals("Never", axiomatic("v2-x86-lkmm", LkmmModel.INSTANCE).verdict());
        assertEquals("Never", axiomatic("v3-arm64-lkmm", ScModel.INSTANCE).verdict());
        assertEquals("Never", explorer("v3-arm64-sc"));
        assertEquals("Never", explorer("v2-x86-lkmm"));
    }

    @Test
    void theUnpatchedCodeFailsUnderEveryModel() {
        assertEquals("Sometimes", axiomatic("5.16-arm64-lkmm", LkmmModel.INSTANCE).verdict());
        assertEquals("Sometimes", axiomatic("5.16-arm64-lkmm", ScModel.INSTANCE).verdict());
        assertEquals("Sometimes", explorer("5.16-arm64-lkmm"));
    }

    @Test
    void anAfterBlockIsALocatedErrorNotSilentlySkipped(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("after.pgl");
        Files.writeString(f, """
                C after
                {}
                P0(int *x) { int r0 = READ_ONCE(*x); }
                P1(int *x) { WRITE_ONCE(*x, 1); }
                after {
                    assert(1 == 1, "nothing");
                }
                exists (0:r0=1)
                """);
        AxiomaticCheck.Report r = AxiomaticChecks.check(f, LkmmModel.INSTANCE, null, 0, 0);
        assertEquals("Error", r.verdict());
        assertTrue(r.error().contains("after.pgl:5:7:") && r.error().contains("'after' block"), r.error());
    }
}
