package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pagelab check} with the axiomatic models. */
class CheckCommandTest {
    @Test
    void modelLinesPickTheModelAndVerdictsMatch() {
        Path seeds = MainTest.project().resolve("examples/seeds");
        MainTest.Run r = MainTest.run("check", "--json", seeds.resolve("s1-barrier-v2-arm64-lkmm.pgl").toString(),
                seeds.resolve("s1-barrier-v3-arm64-lkmm.pgl").toString(),
                seeds.resolve("s1-barrier-v2-arm64-sc.pgl").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\"model\": \"lkmm\""), r.out());
        assertTrue(r.out().contains("\"model\": \"sc\""), r.out());
        assertTrue(r.out().contains("\"verdict\": \"Sometimes\""), r.out());
        assertTrue(r.out().contains("\"witness\""), r.out());
    }

    @Test
    void forcingAnotherModelReportsTheMismatchWithExitOne(@TempDir Path tmp) throws Exception {
        Path f = MainTest.project().resolve("examples/litmus/s1-racy-core-v2-arm64.litmus");
        MainTest.Run r = MainTest.run("check", "--model", "tso", "--dot", tmp.toString(), f.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().startsWith("MISMATCH  Never"), r.out());
        r = MainTest.run("check", "--model", "lkmm", "--dot", tmp.toString(), f.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(Files.readString(tmp.resolve("s1-racy-core-v2-arm64.dot")).startsWith("digraph"));
    }

    @Test
    void badInputIsOneLocatedLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bad.litmus");
        Files.writeString(f, "C bad\nP0(int *x) { WRITE_ONCE(*x, ; }\nexists (x=1)\n");
        MainTest.Run r = MainTest.run("check", "--model", "lkmm", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains(f + ":2:"), r.out());
        r = MainTest.run("check", "--model", "arm", f.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
