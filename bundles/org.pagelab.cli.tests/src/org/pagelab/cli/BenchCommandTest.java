package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pagelab bench}: figures as text and JSON, verdict mismatches, bad arguments. */
class BenchCommandTest {

    @Test
    void jsonHasTheFiguresOfEachFile() {
        Path f = MainTest.project().resolve("examples/bench/s1-v2-pages1.pgl");
        MainTest.Run r = MainTest.run("bench", "--json", "--runs", "2", f.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String j = r.out().strip();
        assertTrue(j.startsWith("{") && j.endsWith("}"), j);
        for (String key : new String[] {"processors", "loadAverage", "results", "file", "name", "verdict", "expected",
            "match", "states", "transitions", "millis", "statesPerSecond", "peakHeapBytes", "vmHwmKb"}) {
            assertTrue(j.contains("\"" + key + "\":"), key + " in\n" + j);
        }
        assertTrue(j.contains("\"verdict\": \"Never\""), j);
        assertTrue(j.contains("\"match\": true"), j);
        assertTrue(j.contains("\"runs\": 2"), j);
        assertFalse(j.contains("\"states\": 0,"), j);
    }

    @Test
    void textHasAHeaderAndOneLineAFile(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.litmus"), CheckJsonContractTest.GOOD);
        MainTest.Run r = MainTest.run("bench", tmp.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("\\d+ processors, load average -?[0-9.]+, workers \\d+, POR on"), lines[0]);
        assertTrue(lines[1].startsWith("scenario"), lines[1]);
        assertTrue(lines[2].startsWith("good ") && lines[2].contains(" Never "), lines[2]);
        assertEquals(3, lines.length, r.out());
    }

    @Test
    void aVerdictOtherThanTheResultLineExitsOne(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("w.litmus"), CheckJsonContractTest.WRONG);
        MainTest.Run r = MainTest.run("bench", tmp.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("w.litmus: verdict Never, expected Always"), r.err());
    }

    @Test
    void badInputAndArgumentsExitTwoWithAMessage(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.pgl");
        Files.writeString(bad, CheckJsonContractTest.BAD);
        MainTest.Run r = MainTest.run("bench", "--json", bad.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith(bad + ":2:28: error:"), r.err());
        assertTrue(r.out().contains("\"verdict\": \"Error\""), r.out());

        String[][] cases = {
            {"bench"},
            {"bench", "--runs", "0", bad.toString()},
            {"bench", "--runs", "many", bad.toString()},
            {"bench", "--workers", "-1", bad.toString()},
            {"bench", "--workers", "1000", bad.toString()},
            {"bench", "--max-states", "0", bad.toString()},
            {"bench", "--frobnicate", bad.toString()},
            {"bench", "/nonexistent/dir"},
            {"bench", tmp.resolve("empty").toString()},
        };
        Files.createDirectories(tmp.resolve("empty"));
        for (String[] c : cases) {
            MainTest.Run u = MainTest.run(c);
            assertEquals(2, u.code(), String.join(" ", c) + ": " + u.err());
            assertTrue(u.err().startsWith("pagelab bench: "), u.err());
            assertFalse(u.err().contains("Exception"), u.err());
        }
    }
}
