package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.trace.analysis.PageLifecycle;
import org.pagelab.engine.trace.analysis.TraceQueries;
import org.pagelab.engine.trace.dat.DatWriter;

/**
 * Seeded mutation testing of every reader: thousands of mutants of real
 * inputs (truncated, bytes flipped, lines spliced, garbage inserted, numbers
 * made huge, ranges deleted or zeroed, binary header fields set to extreme
 * values). Each mutant must load or fail with the reader's own located
 * {@link TraceLoadException}; a loaded mutant's events must re-read and its
 * queries run without any exception; nothing may hang.
 */
class FuzzTest {
    @TempDir
    Path tmp;

    private int loaded;
    private int rejected;

    private static byte[] head(Path p, int lines) throws IOException {
        String[] all = Files.readString(p, StandardCharsets.ISO_8859_1).split("\n", -1);
        return (String.join("\n", Arrays.copyOf(all, Math.min(lines, all.length))) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void ftraceText() throws IOException {
        run("ftrace", head(TestFiles.sharedFile("data/traces/fork-cow-thp.ftrace.txt"), 400), 2500, false, 1);
    }

    @Test
    void traceCmdReport() throws IOException {
        run("report", head(TestFiles.sharedFile("data/traces/fork-cow-thp.report.txt"), 400), 2000, false, 2);
    }

    @Test
    void mail() throws IOException {
        byte[] mail = Files.readAllBytes(TestFiles.sharedFile("data/traces/mail-page_ref-stack.txt"));
        String quoted = "Hi,\n> " + new String(mail, StandardCharsets.ISO_8859_1).replace("\n", "\n> ")
                + "\nThanks.\n";
        run("mail", quoted.getBytes(StandardCharsets.ISO_8859_1), 2000, false, 3);
    }

    @Test
    void latencyAndCounterexample() throws IOException {
        String lat = """
                # tracer: nop
                # nop latency trace v1.1.5 on 6.18.0
                    bash-4328      3d..1. 276242022us : mm_page_alloc: page=00000000deadbeef pfn=0x1234 order=0 migratetype=0 gfp_flags=GFP_KERNEL
                    bash-4328      3..... 276242030us!: mm_page_free: page=00000000deadbeef pfn=0x1234 order=0
                3..... 276242031us : page_ref_mod: pfn=0x1234 flags=referenced|uptodate|lru count=1 mapcount=0 mapping=0000000000000000 mt=0 val=1
                """.repeat(20);
        run("latency", lat.getBytes(StandardCharsets.UTF_8), 1500, false, 4);
        String cx = """
                # pagelab-counterexample 1
                # scenario: s
                # threads: 0=dio 1=reclaim
                dio-0 [000] ..... 1.000000: pagelab_step: step=1 thread=dio line=12 fn=f stack=a>b text="x \\"y\\""
                dio-0 [000] ..... 1.000000: pagelab_change: step=1 obj=page:p field=refcount old=1 new=2
                dio-0 [000] ..... 1.000000: page_ref_mod: pfn=0x10 flags=uptodate count=2 mapcount=1 mapping=0x0 mt=0 val=1
                """.repeat(10);
        run("counterexample", cx.getBytes(StandardCharsets.UTF_8), 1500, false, 5);
    }

    @Test
    void traceDatVersions() throws IOException {
        Path src = TestFiles.sharedFile("data/traces/fork-cow-thp.trace.dat");
        DatWriter.Options small = new DatWriter.Options(false, 5,
                Set.of("kmem", "exceptions", "pagemap", "tlb", "sched", "mmap", "filemap"));
        for (String[] v : new String[][] {{"7", "zstd"}, {"7", "zlib"}, {"7", "none"}, {"6", "none"}}) {
            Path base = tmp.resolve("base-" + v[0] + v[1] + ".dat");
            DatWriter.rewrite(src, base, Integer.parseInt(v[0]), v[1], 1, 0, small);
            byte[] b = Files.readAllBytes(base);
            run("trace.dat v" + v[0] + " " + v[1], b, 1200, true, 10 + v[0].hashCode() + v[1].hashCode());
        }
    }

    private void run(String what, byte[] base, int mutants, boolean binary, long seed) {
        loaded = 0;
        rejected = 0;
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            Random r = new Random(seed);
            check(what + " unmutated", base, true);
            for (int m = 0; m < mutants; m++) {
                byte[] x = base;
                int ops = 1 + r.nextInt(3);
                StringBuilder desc = new StringBuilder();
                for (int o = 0; o < ops; o++) {
                    x = mutate(x, r, binary, desc);
                }
                check(what + " mutant " + m + " (" + desc + ")", x, false);
            }
        }, what + ": a mutant hangs");
        assertTrue(loaded > mutants / 10, what + ": too few mutants loaded (" + loaded + "), the test is not "
                + "exercising the reader");
    }

    private void check(String what, byte[] content, boolean mustLoad) throws IOException {
        Path f = tmp.resolve("mutant");
        Files.write(f, content);
        long t0 = System.nanoTime();
        Trace t;
        try {
            t = TraceFiles.open(f, ProgressMonitor.NONE);
        } catch (TraceLoadException e) {
            if (mustLoad) {
                fail(what + ": " + e.getMessage());
            }
            assertTrue(e.getMessage().startsWith(f.toString()), what + ": error does not name the file: "
                    + e.getMessage());
            rejected++;
            return;
        } catch (Throwable e) {
            throw new AssertionError(what + ": " + e, e);
        }
        try (t) {
            loaded++;
            for (int i = 0; i < t.size(); i += 1 + t.size() / 60) {
                t.readEvent(i);
            }
            t.countsByName();
            if (t.pageCount() > 0) {
                long pfn = t.pfnOfPage(0);
                PageLifecycle.of(t, pfn);
                TraceQueries.pageRefSeries(t, pfn, "count");
            }
            TraceQueries.rssStat(t, ProgressMonitor.NONE);
            TraceQueries.faultRate(t, 1_000_000, -1);
            for (int i = 1; i < t.size(); i++) {
                if (t.ts(i) < t.ts(i - 1)) {
                    fail(what + ": events out of time order at " + i);
                }
            }
        } catch (Throwable e) {
            throw new AssertionError(what + ": after loading: " + e, e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 20_000, what + ": took " + ms + " ms");
    }

    private static byte[] mutate(byte[] b, Random r, boolean binary, StringBuilder desc) {
        int n = b.length;
        if (n == 0) {
            return b;
        }
        int op = r.nextInt(binary ? 9 : 7);
        // binary: mostly hit the ring-buffer data (the second half), else the metadata sections
        int at = binary && r.nextInt(10) < 7 ? n / 2 + r.nextInt(n - n / 2) : r.nextInt(n);
        switch (op) {
            case 0: { // truncate
                desc.append("truncate@").append(at).append(' ');
                return Arrays.copyOf(b, at);
            }
            case 1: { // flip bytes
                byte[] x = b.clone();
                int k = 1 + r.nextInt(8);
                for (int i = 0; i < k; i++) {
                    x[r.nextInt(n)] = (byte) r.nextInt(256);
                }
                desc.append("flip").append(k).append(' ');
                return x;
            }
            case 2: { // splice: copy a range elsewhere (duplicated / shuffled lines or pages)
                int len = Math.min(n - at, 1 + r.nextInt(binary ? 4096 : 400));
                int to = r.nextInt(n);
                byte[] x = new byte[n + len];
                System.arraycopy(b, 0, x, 0, to);
                System.arraycopy(b, at, x, to, len);
                System.arraycopy(b, to, x, to + len, n - to);
                desc.append("splice ");
                return x;
            }
            case 3: { // insert garbage
                int len = 1 + r.nextInt(200);
                byte[] g = new byte[len];
                for (int i = 0; i < len; i++) {
                    g[i] = (byte) (r.nextBoolean() ? r.nextInt(256) : " []:.=0123456789abcdefx\n>".charAt(r.nextInt(25)));
                }
                byte[] x = new byte[n + len];
                System.arraycopy(b, 0, x, 0, at);
                System.arraycopy(g, 0, x, at, len);
                System.arraycopy(b, at, x, at + len, n - at);
                desc.append("garbage ");
                return x;
            }
            case 4: { // huge number: replace a run of digits
                int d = at;
                while (d < n && (b[d] < '0' || b[d] > '9')) {
                    d++;
                }
                int e = d;
                while (e < n && b[e] >= '0' && b[e] <= '9') {
                    e++;
                }
                byte[] big = ("9".repeat(5 + r.nextInt(30))).getBytes(StandardCharsets.US_ASCII);
                byte[] x = new byte[n - (e - d) + big.length];
                System.arraycopy(b, 0, x, 0, d);
                System.arraycopy(big, 0, x, d, big.length);
                System.arraycopy(b, e, x, d + big.length, n - e);
                desc.append("huge ");
                return x;
            }
            case 5: { // delete a range
                int len = Math.min(n - at, 1 + r.nextInt(binary ? 8192 : 300));
                byte[] x = new byte[n - len];
                System.arraycopy(b, 0, x, 0, at);
                System.arraycopy(b, at + len, x, at, n - at - len);
                desc.append("delete ");
                return x;
            }
            case 6: { // swap two lines / blocks
                byte[] x = b.clone();
                int a2 = r.nextInt(n);
                int len = Math.min(Math.min(n - at, n - a2), 1 + r.nextInt(200));
                byte[] tmp = Arrays.copyOfRange(x, at, at + len);
                System.arraycopy(x, a2, x, at, len);
                System.arraycopy(tmp, 0, x, a2, len);
                desc.append("swap ");
                return x;
            }
            case 7: { // extreme 32/64-bit values at 8-aligned offsets: sizes, counts, offsets
                byte[] x = b.clone();
                int p = Math.min(n - 8, (r.nextBoolean() ? r.nextInt(Math.min(n, 4096)) : at)) & ~3;
                if (p >= 0) {
                    long v = switch (r.nextInt(5)) {
                        case 0 -> -1L;
                        case 1 -> 0L;
                        case 2 -> Integer.MAX_VALUE;
                        case 3 -> 1L << 40;
                        default -> r.nextLong();
                    };
                    for (int i = 0; i < 8; i++) {
                        x[p + i] = (byte) (v >>> (8 * i));
                    }
                }
                desc.append("extreme@").append(p).append(' ');
                return x;
            }
            default: { // zero a range
                byte[] x = b.clone();
                int len = Math.min(n - at, 1 + r.nextInt(4096));
                Arrays.fill(x, at, at + len, (byte) 0);
                desc.append("zero ");
                return x;
            }
        }
    }
}
