package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.trace.analysis.PageLifecycle;
import org.pagelab.engine.trace.analysis.Series;
import org.pagelab.engine.trace.analysis.TraceQueries;

/** The page_ref lines pasted in a linux-mm mail (../shared/data/traces/mail-page_ref-stack.txt). */
class MailTraceTest {
    @Test
    void mailSnippetParses() throws IOException {
        try (Trace t = TraceFiles.open(TestFiles.sharedFile("data/traces/mail-page_ref-stack.txt"),
                ProgressMonitor.NONE)) {
            assertEquals(TraceFormat.MAIL, t.format());
            assertEquals(3, t.size());
            assertEquals(0, t.unparsed());
            assertEquals(List.of("page_ref_mod", "test_pages_isolated", "page_ref_mod_and_test"),
                    List.of(t.typeName(t.type(0)), t.typeName(t.type(1)), t.typeName(t.type(2))));
            assertEquals(9018, t.pid(0));
            assertEquals(4, t.cpu(0));
            assertEquals(92_678_379_000L, t.ts(0));
            // the stack block before the first [snip] belongs to a cut event: a note, not an error
            assertEquals(1, t.problemCount(Problem.Kind.NOTE));
            assertEquals(1, t.problems().get(0).line());
            assertEquals("5", t.metadata().get("skipped_lines"), "three [snip] and two ... lines");
            // all three events concern pfn 0x17ac9 (test_pages_isolated through fin_pfn)
            assertArrayEquals(new int[] {0, 1, 2}, t.eventsOfPfn(0x17ac9));
            TraceEvent last = t.event(2);
            assertEquals(10, last.stack().size());
            assertEquals("release_pages (ffffffff8117c9e4)", last.stack().get(0));
            assertEquals("entry_SYSCALL_64_fastpath (ffffffff817560b6)", last.stack().get(9));
            assertEquals(0, t.event(0).stack().size());
            assertEquals(-1, last.longField("val").getAsLong());
            assertEquals(0x40068, last.longField("flags").getAsLong());
            assertEquals("line 15", last.where());
            // hex flags decode with the 4.x layout, chosen from the SyS_/fastpath frames
            assertEquals(PageFlags.LAYOUT_4, t.metadata().get("page_flags_layout"));
            assertEquals(List.of("uptodate", "lru", "active", "swapbacked"),
                    PageFlags.names(last.field("flags"), PageFlags.LAYOUT_4));
            Series count = TraceQueries.pageRefSeries(t, 0x17ac9, "count");
            assertArrayEquals(new double[] {2, 0}, count.values());
            assertArrayEquals(new int[] {0, 2}, count.events());
            Series map = TraceQueries.pageRefSeries(t, 0x17ac9, "mapcount");
            assertArrayEquals(new double[] {1, 0}, map.values());
            PageLifecycle lc = PageLifecycle.of(t, 0x17ac9);
            assertEquals(3, lc.steps().size());
            assertEquals(PageLifecycle.Stage.UNMAP, lc.steps().get(2).stage());
            assertTrue(lc.summary().stream().anyMatch(s -> s.contains("state at the end of the trace: free")),
                    lc.summary().toString());
            assertTrue(lc.anomalies().isEmpty(), lc.anomalies().toString());
        }
    }
}
