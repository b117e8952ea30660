package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.trace.dat.DatWriter;

/**
 * The real capture of ../shared/data/traces in its three formats (tracefs
 * text, trace-cmd report, trace.dat v7 zstd) loads to the same events.
 *
 * <p>The issue says 16,647 events; the files hold 16,646: the tracefs header
 * says "entries-in-buffer/entries-written: 16646/16646", the trace.dat
 * CPU stats say 9554 + 7092 read events, and the report's 16,647 lines are
 * the "cpus=2" line plus 16,646 events.
 */
class SharedCaptureTest {
    static final String DIR = "data/traces/";
    static final int EVENTS = 16_646;

    static Trace open(Path p) throws IOException {
        return TraceFiles.open(p, ProgressMonitor.NONE);
    }

    /** One event as the formats can agree on it: name, CPU, pid, µs timestamp (kernel rounding), pfns. */
    static String key(Trace t, int i) {
        long us = Math.floorDiv(t.ts(i) + 500, 1000);
        return t.typeName(t.type(i)) + " cpu" + t.cpu(i) + " pid" + t.pid(i) + " " + us;
    }

    static long[] pfnsOfEvents(Trace t) {
        long[] out = new long[t.size()];
        Arrays.fill(out, -1);
        for (int p = 0; p < t.pageCount(); p++) {
            for (int i : t.byPage().toArray(p)) {
                out[i] = t.pfnOfPage(p);
            }
        }
        return out;
    }

    @Test
    void threeFormatsGiveTheSameEvents() throws IOException {
        try (Trace text = open(TestFiles.sharedFile(DIR + "fork-cow-thp.ftrace.txt"));
                Trace report = open(TestFiles.sharedFile(DIR + "fork-cow-thp.report.txt"));
                Trace dat = open(TestFiles.sharedFile(DIR + "fork-cow-thp.trace.dat"))) {
            assertEquals(TraceFormat.FTRACE, text.format());
            assertEquals(TraceFormat.TRACE_CMD_REPORT, report.format());
            assertEquals(TraceFormat.TRACE_DAT_V7, dat.format());
            for (Trace t : List.of(text, report, dat)) {
                assertEquals(EVENTS, t.size(), t.format().id());
                assertEquals(2, t.cpuCount(), t.format().id());
                assertEquals(0, t.unparsed(), t.format().id() + " " + t.problems());
                assertEquals(0, t.problems().size(), t.format().id() + " " + t.problems());
            }
            Map<String, Long> counts = text.countsByName();
            assertEquals(counts, report.countsByName());
            assertEquals(counts, dat.countsByName());
            assertEquals(3719L, counts.get("page_fault_user"));
            assertEquals(3209L, counts.get("mm_page_alloc"));
            assertEquals(10L, counts.get("sys_enter_mmap"), "raw 'sys_mmap(...)' lines are sys_enter_mmap");
            long[] pt = pfnsOfEvents(text);
            long[] pr = pfnsOfEvents(report);
            long[] pd = pfnsOfEvents(dat);
            for (int i = 0; i < EVENTS; i++) {
                assertEquals(key(text, i), key(report, i), "event " + i);
                assertEquals(key(text, i), key(dat, i), "event " + i);
                assertEquals(pt[i], pr[i], "pfn of event " + i);
                assertEquals(pt[i], pd[i], "pfn of event " + i);
            }
            assertEquals(text.pageCount(), dat.pageCount());
            assertEquals(1184_558_591_000L, text.firstTs());
            assertEquals(1184_558_590_992L, dat.firstTs(), "trace.dat keeps nanoseconds");
        }
    }

    @Test
    void atMost32BytesPerEventResidentInEveryFormat() throws IOException {
        // the store's own accounting (columns, indexes, key tables); on this small capture the
        // per-trace tables weigh most, so it is the hard case for the 32-byte budget
        for (String f : List.of("fork-cow-thp.ftrace.txt", "fork-cow-thp.report.txt", "fork-cow-thp.trace.dat")) {
            try (Trace t = open(TestFiles.sharedFile(DIR + f))) {
                double perEvent = (double) t.residentBytes() / t.size();
                assertTrue(perEvent <= 32, f + ": " + perEvent + " bytes per event");
            }
        }
    }

    @Test
    void pagesAreKeyedByPfnAcrossPointerForms() throws IOException {
        // text prints page=<hashed %p>, the report page=<pfn>, folio=<raw pointer>; all key by pfn
        try (Trace text = open(TestFiles.sharedFile(DIR + "fork-cow-thp.ftrace.txt"));
                Trace dat = open(TestFiles.sharedFile(DIR + "fork-cow-thp.trace.dat"))) {
            int[] a = text.eventsOfPfn(0x1054f2);
            int[] b = dat.eventsOfPfn(0x1054f2);
            assertEquals(10, a.length);
            assertEquals(a.length, b.length);
            for (int k = 0; k < a.length; k++) {
                assertEquals(key(text, a[k]), key(dat, b[k]));
                assertTrue(k == 0 || text.ts(a[k]) >= text.ts(a[k - 1]), "time order");
            }
            assertEquals("mm_page_alloc", text.typeName(text.type(a[0])));
            assertEquals("mm_page_free", text.typeName(text.type(a[a.length - 1])));
        }
    }

    @Test
    void fieldsAreTypedAlikeInTextAndBinary() throws IOException {
        try (Trace text = open(TestFiles.sharedFile(DIR + "fork-cow-thp.ftrace.txt"));
                Trace dat = open(TestFiles.sharedFile(DIR + "fork-cow-thp.trace.dat"))) {
            int ti = text.byType().toArray(text.typeId("rss_stat"))[5];
            int di = dat.byType().toArray(dat.typeId("rss_stat"))[5];
            TraceEvent te = text.event(ti);
            TraceEvent de = dat.event(di);
            for (String f : List.of("mm_id", "curr", "size")) {
                assertEquals(te.longField(f), de.longField(f), f);
            }
            assertEquals("MM_ANONPAGES", te.field("type").toString());
            assertEquals("MM_ANONPAGES", de.field("type").toString());
            assertEquals(FieldValue.Kind.SYMBOL, de.field("type").kind());
            TraceEvent ta = text.event(text.byType().toArray(text.typeId("mm_page_alloc"))[0]);
            TraceEvent da = dat.event(dat.byType().toArray(dat.typeId("mm_page_alloc"))[0]);
            assertEquals(ta.field("gfp_flags").names(), da.field("gfp_flags").names());
            assertEquals(List.of("GFP_KERNEL_ACCOUNT", "__GFP_ZERO", "__GFP_COMP"), da.field("gfp_flags").names());
            assertEquals(ta.longField("pfn"), da.longField("pfn"));
            TraceEvent tl = text.event(text.byType().toArray(text.typeId("mm_lru_insertion"))[3]);
            TraceEvent dl = dat.event(dat.byType().toArray(dat.typeId("mm_lru_insertion"))[3]);
            assertEquals(tl.field("flags").names(), dl.field("flags").names(), "pagemap letters vs bit mask");
            assertEquals(tl.latency(), dl.latency(), "irq-flags column rebuilt from common_flags");
        }
    }

    @Test
    void binaryPayloadRendersLikeTraceCmdReport() throws IOException {
        Path reportFile = TestFiles.sharedFile(DIR + "fork-cow-thp.report.txt");
        List<String> report = Files.readAllLines(reportFile);
        try (Trace dat = open(TestFiles.sharedFile(DIR + "fork-cow-thp.trace.dat"))) {
            int same = 0;
            for (int i = 0; i < dat.size(); i++) {
                String line = report.get(i + 1);
                int c = line.indexOf(':', line.indexOf(": ", line.indexOf(']')) + 2);
                String expected = line.substring(c + 1).trim();
                TraceEvent e = dat.event(i);
                if (e.name().equals("tlb_flush")) {
                    // trace-cmd prints "pages=-1 reason= (4)"; Pagelab follows the print fmt as the kernel does
                    assertTrue(e.payload().matches("pages:-?\\d+ reason:.* \\(\\d\\)"), e.payload());
                    continue;
                }
                assertEquals(expected, e.payload(), "event " + i);
                same++;
            }
            assertEquals(EVENTS - 603, same);
        }
    }

    @Test
    void convertedTraceDatFilesLoadTheSame(@TempDir Path tmp) throws IOException {
        Path src = TestFiles.sharedFile(DIR + "fork-cow-thp.trace.dat");
        try (Trace orig = open(src)) {
            for (String[] v : new String[][] {{"6", "none"}, {"7", "none"}, {"7", "zlib"}, {"7", "zstd"}}) {
                Path out = tmp.resolve("v" + v[0] + v[1] + ".dat");
                DatWriter.rewrite(src, out, Integer.parseInt(v[0]), v[1], 1, 0);
                try (Trace t = open(out)) {
                    assertEquals(v[0].equals("6") ? TraceFormat.TRACE_DAT_V6 : TraceFormat.TRACE_DAT_V7, t.format());
                    assertEquals(orig.size(), t.size(), out.toString());
                    assertEquals(0, t.problems().size(), t.problems().toString());
                    for (int i = 0; i < t.size(); i += 97) {
                        assertEquals(orig.ts(i), t.ts(i));
                        assertEquals(orig.event(i).payload(), t.event(i).payload());
                    }
                }
            }
            Path three = tmp.resolve("x3.dat");
            DatWriter.rewrite(src, three, 7, "zstd", 3, 0);
            try (Trace t = open(three)) {
                assertEquals(3 * EVENTS, t.size());
                assertEquals(3 * orig.byType().count(orig.typeId("mm_page_alloc")),
                        t.byType().count(t.typeId("mm_page_alloc")));
                for (int i = 1; i < t.size(); i++) {
                    assertTrue(t.ts(i) >= t.ts(i - 1), "time order at " + i);
                }
            }
        }
    }
}
