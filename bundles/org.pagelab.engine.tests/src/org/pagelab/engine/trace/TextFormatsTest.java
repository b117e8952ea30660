package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.ProgressMonitor;

/** Small hand-written traces for each text shape, the normalizations, and broken input. */
class TextFormatsTest {
    @TempDir
    Path tmp;

    private Trace load(String content) throws IOException {
        Path f = tmp.resolve("t" + System.nanoTime() + ".txt");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return TraceFiles.open(f, ProgressMonitor.NONE);
    }

    private static List<String> names(Trace t) {
        return java.util.stream.IntStream.range(0, t.size()).mapToObj(i -> t.typeName(t.type(i))).toList();
    }

    @Test
    void tracefsWithAndWithoutIrqFlagsAndTgid() throws IOException {
        String s = """
                # tracer: nop
                #
                # entries-in-buffer/entries-written: 4/4   #P:4
                #
                            bash-32172   [000] d..2.  1184.558883: tlb_flush: pages:-1 reason:local MM shootdown (3)
                 kworker/u8:2-events-77  [003]  1184.558900: mm_page_free: page=000000007d6b0522 pfn=0x111694 order=0
                    Web Content-4242    (   4240) [001] ...1.  1184.559000: rss_stat: mm_id=7 curr=1 type=MM_FILEPAGES size=4096B
                          <...>-9       (-------) [002] .....  1184.560000: mm_page_alloc: page=000000007d6b0522 pfn=0x111694 order=0 migratetype=1 gfp_flags=GFP_KERNEL
                """;
        try (Trace t = load(s)) {
            assertEquals(TraceFormat.FTRACE, t.format());
            assertEquals(4, t.size());
            assertEquals(4, t.cpuCount(), "#P:4");
            assertEquals(0, t.unparsed(), t.problems().toString());
            assertEquals("kworker/u8:2-events", t.comm(1), "a task name may contain '-'");
            assertEquals(77, t.pid(1));
            assertEquals("Web Content", t.comm(2), "and spaces");
            assertEquals(4242, t.pid(2));
            assertEquals("d..2.", t.event(0).latency());
            assertEquals("", t.event(1).latency());
            assertEquals("local MM shootdown (3)", t.event(0).field("reason").toString());
            assertEquals(-1, t.event(0).longField("pages").getAsLong());
            assertEquals(4096, t.event(2).longField("size").getAsLong());
            assertArrayEquals(new int[] {1, 3}, t.eventsOfPfn(0x111694));
            assertEquals(List.of(0), t.mmsOfPid(4242), "curr=1: pid 4242 uses mm_id 7");
            assertEquals(7, t.mmValue(0));
            assertEquals(1, t.mmCount());
            assertEquals("nop", t.metadata().get("tracer"));
        }
    }

    @Test
    void rawSyscallsAndFunctionAndStackLines() throws IOException {
        String s = """
                # tracer: nop
                             wl2-32176   [001] .....  1184.561310: sys_mmap(addr: 0, len: 0x2000, prot: 3, flags: 0x22, fd: 0xffffffff, off: 0)
                             wl2-32176   [001] .....  1184.561311: sys_pread64 -> 0x1000
                             wl2-32176   [001] .....  1184.561312: do_anonymous_page <-handle_mm_fault
                             wl2-32176   [001] .....  1184.561313: <stack trace>
                 => __alloc_pages_noprof
                 => do_anonymous_page
                             wl2-32176   [001] .....  1184.561314: bputs: do_something: hello
                """;
        try (Trace t = load(s)) {
            assertEquals(List.of("sys_enter_mmap", "sys_exit_pread64", "function", "kernel_stack", "bputs"), names(t));
            TraceEvent mmap = t.event(0);
            assertEquals(0x2000, mmap.longField("len").getAsLong());
            assertEquals(0xffffffffL, mmap.longField("fd").getAsLong());
            assertTrue(mmap.payload().startsWith("sys_mmap(addr: 0"), mmap.payload());
            assertEquals(0x1000, t.event(1).longField("ret").getAsLong());
            assertEquals("handle_mm_fault", t.event(2).field("parent_ip").toString());
            assertEquals(List.of("__alloc_pages_noprof", "do_anonymous_page"), t.event(3).stack());
            assertEquals(0, t.unparsed());
        }
    }

    @Test
    void latencyFormat() throws IOException {
        String s = """
                # tracer: nop
                #
                # nop latency trace v1.1.5 on 6.18.0
                # --------------------------------------------------------------------
                    bash-4328      3d..1. 276242022us : mm_page_alloc: page=00000000deadbeef pfn=0x1234 order=0 migratetype=0 gfp_flags=GFP_KERNEL
                    bash-4328      3..... 276242030us!: mm_page_free: page=00000000deadbeef pfn=0x1234 order=0
                3..... 276242031us : page_ref_mod: pfn=0x1234 flags=referenced|uptodate|lru count=1 mapcount=0 mapping=0000000000000000 mt=0 val=1
                """;
        try (Trace t = load(s)) {
            assertEquals(TraceFormat.LATENCY, t.format());
            assertEquals(3, t.size(), t.problems().toString());
            assertEquals(276_242_022_000L, t.ts(0));
            assertEquals(3, t.cpu(0));
            assertEquals(4328, t.pid(0));
            assertEquals("d..1.", t.event(0).latency());
            assertEquals(-1, t.pid(2), "no task column");
            assertEquals(List.of("referenced", "uptodate", "lru"),
                    PageFlags.names(t.event(2).field("flags"), PageFlags.LAYOUT_6), "flags printed by name");
            assertEquals(3, t.eventsOfPfn(0x1234).length);
        }
    }

    @Test
    void traceCmdReport() throws IOException {
        String s = """
                cpus=4
                           bash-32172 [000]  1184.558675: mm_page_alloc:        page=0x1054f2 pfn=0x1054f2 order=0 migratetype=0 gfp_flags=GFP_KERNEL_ACCOUNT|__GFP_ZERO|__GFP_COMP
                           bash-32172 [002]  1184.558717123: rss_stat:             mm_id=1479246175 curr=0 type=MM_ANONPAGES size=16384B
                """;
        try (Trace t = load(s)) {
            assertEquals(TraceFormat.TRACE_CMD_REPORT, t.format());
            assertEquals(4, t.cpuCount());
            assertEquals(2, t.size());
            assertEquals(1_184_558_717_123L, t.ts(1), "nanosecond timestamps (report -t)");
            assertEquals(FieldValue.Kind.FLAGS, t.event(0).field("gfp_flags").kind());
            assertEquals(FieldValue.Kind.SYMBOL, t.event(1).field("type").kind());
        }
    }

    @Test
    void mailQuotingAtAnyDepth() throws IOException {
        String s = """
                On Tue, Someone wrote:
                > I see this on my box:
                >
                > >          <...>-9018  [004]    92.678379: page_ref_mod:  pfn=0x17ac9 flags=0x40048 count=2 mapcount=1 mapping=0xffff880015a78dc1 mt=4 val=1
                >>          <...>-9018  [004]    92.678390: page_ref_mod:  pfn=0x17ac9 flags=0x40048 count=3 mapcount=1 mapping=0xffff880015a78dc1 mt=4 val=1
                > >  => release_pages (ffffffff8117c9e4)
                > [...]
                >          <...>-9018  [004]    91.000000: page_ref_mod:  pfn=0x17ac9 flags=0x40048 count=1 mapcount=1 mapping=0xffff880015a78dc1 mt=4 val=-1
                Looks like a race to me.
                """;
        try (Trace t = load(s)) {
            assertEquals(TraceFormat.MAIL, t.format());
            assertEquals(3, t.size(), t.problems().toString());
            assertEquals(0, t.unparsed());
            assertEquals(91_000_000_000L, t.ts(0), "pasted out of order: sorted by time");
            assertEquals(1, t.event(0).longField("count").getAsLong());
            assertEquals(List.of("release_pages (ffffffff8117c9e4)"), t.event(2).stack());
            assertArrayEquals(new int[] {0, 1, 2}, t.eventsOfPfn(0x17ac9));
            assertEquals("line 8", t.event(0).where());
        }
    }

    @Test
    void counterexampleTrace() throws IOException {
        String s = """
                # pagelab-counterexample 1
                # scenario: dio-vs-reclaim
                # verdict: violated
                # threads: 0=dio 1=reclaim
                dio-0 [000] ..... 1.000000: pagelab_step: step=1 thread=dio line=12 fn=pin_user_pages stack=dio_read>pin_user_pages text="get_page(p) \\"pin\\""
                dio-0 [000] ..... 1.000000: page_ref_mod: pfn=0x10 flags=uptodate|lru count=2 mapcount=1 mapping=0x0 mt=0 val=1
                reclaim-1 [001] ..... 2.000000: pagelab_change: step=2 obj=page:p field=refcount old=2 new=1
                """;
        try (Trace t = load(s)) {
            assertEquals(TraceFormat.COUNTEREXAMPLE, t.format());
            assertEquals("dio-vs-reclaim", t.metadata().get("scenario"));
            assertEquals("0=dio 1=reclaim", t.metadata().get("threads"));
            assertEquals(3, t.size());
            TraceEvent step = t.event(0);
            assertEquals("dio", step.comm());
            assertEquals("get_page(p) \"pin\"", step.field("text").toString());
            assertEquals("dio_read>pin_user_pages", step.field("stack").toString());
            assertEquals(12, step.longField("line").getAsLong());
            assertEquals("page:p", t.event(2).field("obj").toString());
            assertEquals(2, t.event(1).longField("count").getAsLong());
            assertEquals(1, t.eventsOfPfn(0x10).length);
        }
    }

    @Test
    void brokenLinesAreCountedWithTheirLineNumbers() throws IOException {
        String s = """
                # tracer: nop
                            bash-1   [000] .....  10.000000: mm_page_free: page=0000000000000001 pfn=0x1 order=0
                            bash-1   [000] .....  xx.yyyyyy: mm_page_free: page=0000000000000001 pfn=0x1 order=0
                this line is not a trace line
                            bash-1   [000] .....  10.000002: mm_page_free: page=0000000000000001 pfn=0x2 order=0
                CPU:1 [LOST 1234 EVENTS]
                            bash-1   [000] .....  10.000003: mm_page_free: page=00000000000""";
        try (Trace t = load(s)) {
            assertEquals(3, t.size(), "the cut last line still parses as an event");
            assertEquals(2, t.unparsed());
            List<Problem> p = t.problems();
            assertEquals(3, p.get(0).line());
            assertEquals("cannot parse the timestamp", p.get(0).message());
            assertEquals(4, p.get(1).line());
            assertEquals(1, t.problemCount(Problem.Kind.LOST_EVENTS));
            assertEquals(1, t.problemCount(Problem.Kind.TRUNCATED), "no newline at the end: the last line may be cut");
            assertEquals(7, t.problems().stream().filter(x -> x.kind() == Problem.Kind.TRUNCATED).findFirst()
                    .orElseThrow().line());
        }
    }

    @Test
    void pointerOnlyEventsResolveThroughEventsPrintingBoth() throws IOException {
        String s = """
                # tracer: nop
                    bash-1   [000] .....  10.000000: some_page_event: page=00000000cafef00d reason=x
                    bash-1   [000] .....  10.000001: mm_page_alloc: page=00000000cafef00d pfn=0x4242 order=0 migratetype=0 gfp_flags=GFP_KERNEL
                    bash-1   [000] .....  10.000002: other_event: folio=00000000cafef00d
                    bash-1   [000] .....  10.000003: other_event: folio=00000000deadbeef
                """;
        try (Trace t = load(s)) {
            assertArrayEquals(new int[] {0, 1, 2}, t.eventsOfPfn(0x4242), "learned from mm_page_alloc");
            assertEquals(1, t.pageCount(), "an unknown hash names no page");
        }
    }

    @Test
    void notATrace() throws IOException {
        Path f = tmp.resolve("prose.txt");
        Files.writeString(f, "Hello,\nthis is just a mail.\n");
        TraceLoadException e = assertThrows(TraceLoadException.class, () -> TraceFiles.open(f, ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith(f + ":1: not a trace"), e.getMessage());
        Path empty = tmp.resolve("empty.txt");
        Files.writeString(empty, "");
        assertThrows(TraceLoadException.class, () -> TraceFiles.open(empty, ProgressMonitor.NONE));
        Path bin = tmp.resolve("bin.dat");
        Files.write(bin, new byte[] {0x17, 0x08, 0x44, 't', 'r', 'a', 'c', 'i', 'n', 'g', '9', 0, 0, 8});
        e = assertThrows(TraceLoadException.class, () -> TraceFiles.open(bin, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("unsupported trace.dat version '9'"), e.getMessage());
    }

    @Test
    void cancellationStopsTheLoad() throws IOException {
        StringBuilder b = new StringBuilder("# tracer: nop\n");
        for (int i = 0; i < 200_000; i++) {
            b.append("            bash-1   [000] .....  10.").append(String.format("%06d", i % 1_000_000))
                    .append(": mm_page_free: page=0000000000000001 pfn=0x1 order=0\n");
        }
        Path f = tmp.resolve("big.txt");
        Files.writeString(f, b);
        ProgressMonitor cancel = ProgressMonitor.cancelWhen(() -> true);
        assertThrows(java.util.concurrent.CancellationException.class, () -> TraceFiles.open(f, cancel));
    }
}
