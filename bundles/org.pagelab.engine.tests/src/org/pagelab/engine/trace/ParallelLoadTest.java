package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.TestFiles;

/** Large text files are parsed in parallel segments: the result must equal a sequential load. */
class ParallelLoadTest {
    private static Trace load(Path f, long parallelFrom) throws IOException {
        String old = System.getProperty("pagelab.trace.parallelFrom");
        System.setProperty("pagelab.trace.parallelFrom", Long.toString(parallelFrom));
        try {
            return TraceFiles.open(f, ProgressMonitor.NONE);
        } finally {
            if (old == null) {
                System.clearProperty("pagelab.trace.parallelFrom");
            } else {
                System.setProperty("pagelab.trace.parallelFrom", old);
            }
        }
    }

    @Test
    void segmentsJoinToTheSequentialResult(@TempDir Path tmp) throws IOException {
        // the real capture with broken lines sprinkled in, so that problems carry line numbers
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(
                TestFiles.sharedFile("data/traces/fork-cow-thp.ftrace.txt"), StandardCharsets.ISO_8859_1));
        for (int k = 1000; k < lines.size(); k += 3001) {
            lines.add(k, "garbage line " + k);
        }
        Path f = tmp.resolve("t.txt");
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
        try (Trace seq = load(f, Long.MAX_VALUE); Trace par = load(f, 1)) {
            assertEquals(seq.size(), par.size());
            assertEquals(seq.countsByName(), par.countsByName());
            assertEquals(seq.unparsed(), par.unparsed());
            assertEquals(seq.problems(), par.problems(), "same problems with the same line numbers");
            for (int i = 0; i < seq.size(); i++) {
                assertEquals(seq.ts(i), par.ts(i));
                assertEquals(seq.locator(i), par.locator(i));
                assertEquals(seq.comm(i), par.comm(i));
                assertEquals(seq.typeName(seq.type(i)), par.typeName(par.type(i)));
            }
            assertEquals(seq.pageCount(), par.pageCount());
            for (int p = 0; p < seq.pageCount(); p++) {
                long pfn = seq.pfnOfPage(p);
                assertArrayEquals(seq.eventsOfPfn(pfn), par.eventsOfPfn(pfn), "pfn " + pfn);
            }
            assertEquals(seq.mmCount(), par.mmCount());
            for (int i = 0; i < seq.size(); i += 501) {
                assertEquals(seq.lineOf(i), par.lineOf(i));
                assertEquals(seq.event(i), par.event(i));
            }
        }
    }
}
