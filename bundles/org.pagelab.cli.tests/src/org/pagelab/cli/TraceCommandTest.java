package org.pagelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pagelab trace ...} on the shared captures: output contract and usage errors. */
class TraceCommandTest {
    /** ../shared/data/traces/NAME (the test is skipped when ../shared is absent). */
    static Path shared(String name) {
        String p = System.getProperty("pagelab.shared.dir");
        Path f = p == null ? null : Path.of(p, "data", "traces", name);
        for (Path d = Path.of("").toAbsolutePath(); (f == null || !Files.exists(f)) && d != null; d = d.getParent()) {
            f = d.resolve("shared/data/traces").resolve(name);
        }
        Assumptions.assumeTrue(f != null && Files.exists(f), "missing shared test data " + name);
        return f;
    }

    @Test
    void statsJson() {
        MainTest.Run r = MainTest.run("trace", "stats", "--json", shared("fork-cow-thp.ftrace.txt").toString());
        assertEquals(0, r.code(), r.err());
        String j = r.out();
        for (String k : List.of("\"format\": \"ftrace\"", "\"events\": 16646", "\"cpus\": 2",
                "\"first_ts_ns\": 1184558591000", "\"last_ts_ns\": 1184577439000", "\"by_event\": {",
                "\"page_fault_user\": 3719", "\"sys_enter_mmap\": 10", "\"unparsed\": 0", "\"millis\": ")) {
            assertTrue(j.contains(k), k + " in\n" + j);
        }
        MainTest.Run d = MainTest.run("trace", "stats", "--json", shared("fork-cow-thp.trace.dat").toString());
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("\"format\": \"trace.dat-v7\""), d.out());
        assertTrue(d.out().contains("\"events\": 16646"), d.out());
    }

    @Test
    void seriesCsvIsOneLinePerPageRefEvent() {
        MainTest.Run r = MainTest.run("trace", "series", "--pfn", "0x17ac9", "--field", "count", "--csv",
                shared("mail-page_ref-stack.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("92678379000,2\n93174843000,0\n", r.out());
        MainTest.Run m = MainTest.run("trace", "series", "--pfn", "96969", "--field", "mapcount", "--csv",
                shared("mail-page_ref-stack.txt").toString());
        assertEquals("92678379000,1\n93174843000,0\n", m.out());
        MainTest.Run none = MainTest.run("trace", "series", "--pfn", "0x1054f2", "--field", "count",
                shared("fork-cow-thp.ftrace.txt").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("has no page_ref events"), none.err());
    }

    @Test
    void pagesTop() {
        MainTest.Run r = MainTest.run("trace", "pages", "--top", "3", shared("fork-cow-thp.report.txt").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("0x1054f2          10  1184.558675 mm_page_alloc (bash-32172)"),
                lines.get(1));
        assertTrue(lines.get(1).endsWith("1184.576937 mm_page_free (wl2-32176)"), lines.get(1));
    }

    @Test
    void pageLifecycle() {
        MainTest.Run r = MainTest.run("trace", "page", "--pfn", "0x17ac9", shared("mail-page_ref-stack.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("pfn 0x17ac9: 3 events from 92.678379 to 93.174843"), r.out());
        assertTrue(r.out().contains("refcount 0..2, mapcount up to 1"), r.out());
    }

    @Test
    void engineCounterexamplesReadBack(@TempDir Path tmp) throws IOException {
        Path seed = MainTest.project().resolve("examples/seeds/s1-madv-free-dio-5.16.pgl");
        Assumptions.assumeTrue(Files.exists(seed), "missing seed " + seed);
        MainTest.Run c = MainTest.run("check", "--quiet", "--trace-out", tmp.toString(), seed.toString());
        List<Path> traces;
        try (var s = Files.list(tmp)) {
            traces = s.filter(p -> p.toString().endsWith(".trace")).toList();
        }
        Assumptions.assumeFalse(traces.isEmpty(), "the checker wrote no trace: " + c.out() + c.err());
        for (Path t : traces) {
            MainTest.Run r = MainTest.run("trace", "stats", "--json", t.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("\"format\": \"pagelab-counterexample\""), r.out());
            assertTrue(r.out().contains("\"unparsed\": 0"), r.out());
            assertTrue(r.out().contains("\"pagelab_step\": "), r.out());
            assertTrue(r.out().contains("\"scenario\": \"s1-madv-free-dio-5.16\""), r.out());
        }
    }

    @Test
    void badArgumentsAreOneLineUsageErrors(@TempDir Path tmp) throws IOException {
        String f = shared("mail-page_ref-stack.txt").toString();
        String[][] bad = {
            {"trace"}, {"trace", "frob", f}, {"trace", "series", "--field", "count", f},
            {"trace", "series", "--pfn", "xyz", "--field", "count", f},
            {"trace", "series", "--pfn", "1", "--field", "flags", f}, {"trace", "stats"},
            {"trace", "stats", f, f}, {"trace", "pages", "--top", "-3", f}, {"trace", "stats", "--jsn", f}};
        for (String[] a : bad) {
            MainTest.Run r = MainTest.run(a);
            assertEquals(2, r.code(), String.join(" ", a));
            assertEquals(1, r.err().lines().count(), String.join(" ", a) + ": " + r.err());
            assertTrue(r.err().startsWith("pagelab trace"), r.err());
        }
        Path prose = tmp.resolve("mail.txt");
        Files.writeString(prose, "Dear all,\nno trace here.\n");
        MainTest.Run r = MainTest.run("trace", "stats", prose.toString());
        assertEquals(2, r.code());
        assertEquals("pagelab trace: " + prose + ":1: not a trace: no trace event line in the first 2 lines\n",
                r.err());
    }
}
