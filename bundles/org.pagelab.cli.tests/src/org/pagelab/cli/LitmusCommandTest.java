package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pagelab litmus}: export to herd7 text, atomic --out, located errors. */
class LitmusCommandTest {
    @Test
    void exportsToStdoutAndFile(@TempDir Path tmp) throws Exception {
        Path in = MainTest.project().resolve("examples/litmus/s1-racy-core-v3.litmus");
        MainTest.Run r = MainTest.run("litmus", in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("C s1-racy-core-v3\n"), r.out());
        assertTrue(r.out().contains("exists (0:r1=1 /\\ 1:r1=2 /\\ 1:r2=1)"), r.out());
        Path out = tmp.resolve("sub/out.litmus");
        r = MainTest.run("litmus", in.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("xchg_relaxed(pte, 0)"));
        try (var s = Files.list(out.getParent())) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void outsideTheSubsetIsOneLocatedLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("mm.pgl");
        // (import mm; is fine since the MM library exists: a module that does not exist is unusable input)
        Files.writeString(in, "C mm\nimport nosuchmodule;\nP0(int *x) { WRITE_ONCE(*x, 1); }\nexists (x=1)\n");
        MainTest.Run r = MainTest.run("litmus", in.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(in + ":2:"), r.err());
        r = MainTest.run("litmus", tmp.resolve("missing.pgl").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void racyCoreOfAScenarioOutsideTheSubsetRoundTrips(@TempDir Path tmp) throws Exception {
        Path in = MainTest.project().resolve("examples/seeds/s1-barrier-v2-arm64-lkmm.pgl");
        Path out = tmp.resolve("core.litmus");
        MainTest.Run r = MainTest.run("litmus", in.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String core = Files.readString(out);
        assertTrue(core.contains("xchg_relaxed(pte, 0)"), core);
        r = MainTest.run("check", "--model", "lkmm", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("ok        Sometimes"), r.out());
    }
}
