package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command's JSON and exit-code contract (Engine issue), and the text diagram. */
class CheckJsonContractTest {
    static final String GOOD = "C good\n(* Result: Never *)\n{}\nP0(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); r0 = READ_ONCE(*y); }\n"
            + "P1(int *x, int *y) { int r0; WRITE_ONCE(*y, 1); r0 = READ_ONCE(*x); }\nexists (0:r0=0 /\\ 1:r0=0)\n";
    static final String WRONG = GOOD.replace("C good", "C wrong").replace("Result: Never", "Result: Always");
    static final String BAD = "C bad\nP0(int *x) { WRITE_ONCE(*x 1); }\nexists (x=1)\n";

    @Test
    void jsonArrayWithTheFieldsAndExitCodes(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a-good.litmus"), GOOD);
        Files.writeString(tmp.resolve("b-wrong.pgl"), WRONG);
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("sub/c-bad.pgl"), BAD);
        MainTest.Run r = MainTest.run("check", "--json", tmp.toString());
        assertEquals(2, r.code(), r.err());
        String j = r.out().strip();
        assertTrue(j.startsWith("[") && j.endsWith("]"), j);
        for (String key : new String[] {"\"file\"", "\"name\"", "\"verdict\"", "\"expected\"", "\"match\"",
            "\"states\"", "\"millis\""}) {
            assertEquals(3, count(j, key + ":"), key + " in\n" + j);
        }
        assertTrue(j.contains("\"verdict\": \"Never\""), j);
        assertTrue(j.contains("\"match\": true"), j);
        assertTrue(j.contains("\"match\": false"), j);
        assertTrue(j.contains("\"verdict\": \"Error\""), j);
        assertTrue(j.contains("\"error\": \"" + tmp.resolve("sub/c-bad.pgl") + ":2:28: error: expected ',' or ')'"), j);

        Files.delete(tmp.resolve("sub/c-bad.pgl"));
        assertEquals(1, MainTest.run("check", "--json", tmp.toString()).code());
        Files.delete(tmp.resolve("b-wrong.pgl"));
        MainTest.Run ok = MainTest.run("check", "--json", tmp.toString());
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("\"expected\": \"Never\""));
    }

    @Test
    void textModeDrawsTheViolationInCpuColumns() {
        Path s1 = MainTest.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");
        MainTest.Run r = MainTest.run("check", s1.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("ok        Sometimes  expected Sometimes"), r.out());
        assertTrue(r.out().contains("Counterexample (dirty-data-lost)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("dio") && l.contains("reclaim")), r.out());
        assertFalse(r.out().contains("Exception"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, MainTest.run("check", "--max-states", "x", "y.pgl").code());
        assertEquals(2, MainTest.run("check", "--variant", "foo", "y.pgl").code());
        assertEquals(2, MainTest.run("check", "/nonexistent/dir").code());
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
