package org.pagelab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pagelab.engine.trace.bench.TraceBench;

/** {@code ./pagelab trace bench}: see {@link TraceBench}. */
final class TraceBenchCommand {
    private TraceBenchCommand() {
    }

    static int run(Args a, PrintStream out, PrintStream err) throws UsageException {
        long mb = a.longValue("trace bench", "--size", 1024);
        if (mb < 1) {
            throw new UsageException("trace bench: --size must be at least 1 (MB)");
        }
        Path dir = Path.of(a.value("--dir", System.getProperty("java.io.tmpdir", "/tmp")));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("trace bench: --dir " + dir + " is not a directory");
        }
        if (a.operands().size() > 1) {
            throw new UsageException("trace bench: at most one INPUT capture");
        }
        Path capture = a.operands().isEmpty() ? findShared("data/traces/fork-cow-thp.ftrace.txt")
                : Path.of(a.operands().get(0));
        if (capture == null || !Files.isRegularFile(capture)) {
            throw new UsageException("trace bench: no INPUT given and ../shared/data/traces/fork-cow-thp.ftrace.txt "
                    + "not found; pass a tracefs text capture");
        }
        Path dat = capture.resolveSibling(capture.getFileName().toString().replaceAll("\\.ftrace\\.txt$", "")
                + ".trace.dat");
        boolean keep = a.flag("--keep");
        Path text = dir.resolve("pagelab-bench-" + mb + "MB.txt");
        Path bigDat = dir.resolve("pagelab-bench-" + mb + "MB.trace.dat");
        try {
            out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load average before: "
                    + TraceBench.loadAverage());
            out.println("java: " + System.getProperty("java.version") + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            TraceBench.Built b = TraceBench.buildText(capture, text, mb << 20, new CliProgress(err));
            out.printf("text input: %s, %d bytes, %d events (%d copies of %s)%n", text, b.bytes(), b.events(),
                    b.copies(), capture.getFileName());
            TraceBench.Run awk = TraceBench.command(List.of("awk", "{c[$5]++} END {for (k in c) n++; print n}",
                    text.toString()), 3);
            TraceBench.Load l = TraceBench.load(text, 3);
            double mbs = b.bytes() / 1e6 / l.seconds();
            out.printf("pagelab text load: %.2f s (CPU %.2f s), %.0f MB/s, %.2f M events/s, %d events, %d unparsed%n",
                    l.seconds(), l.cpuNanos() / 1e9, mbs, l.events() / 1e6 / l.seconds(), l.events(), l.unparsed());
            out.printf("resident: %.1f bytes/event by the store's own accounting, %.1f bytes/event of heap "
                    + "kept after GC%n", (double) l.residentBytes() / l.events(), (double) l.heapBytes() / l.events());
            if (awk != null) {
                out.printf("awk '{c[$5]++}': %.2f s (CPU %s), %.0f MB/s -> pagelab/awk wall time %.2f (%s)%n",
                        awk.nanos() / 1e9, awk.cpuNanos() < 0 ? "?" : String.format("%.2f s", awk.cpuNanos() / 1e9),
                        b.bytes() / 1e6 / (awk.nanos() / 1e9), l.nanos() / (double) awk.nanos(),
                        l.nanos() <= awk.nanos() ? "pagelab not slower" : "pagelab SLOWER");
            } else {
                out.println("awk: not available");
            }
            if (Files.isRegularFile(dat)) {
                TraceBench.buildDat(dat, bigDat, b.copies());
                TraceBench.Load d = TraceBench.load(bigDat, 3);
                out.printf("trace.dat input: %s, %d bytes (v7, zstd), %d events%n", bigDat, Files.size(bigDat),
                        d.events());
                out.printf("pagelab trace.dat load: %.2f s (CPU %.2f s), %.2f M events/s, %.1f bytes/event resident%n",
                        d.seconds(), d.cpuNanos() / 1e9, d.events() / 1e6 / d.seconds(),
                        (double) d.residentBytes() / d.events());
                if (TraceBench.onPath("trace-cmd")) {
                    TraceBench.Run tc = TraceBench.command(List.of("trace-cmd", "report", bigDat.toString()), 1);
                    if (tc != null) {
                        out.printf("trace-cmd report > /dev/null: %.2f s (CPU %s) -> pagelab is %.1fx faster "
                                + "(target >= 10x)%n", tc.nanos() / 1e9, tc.cpuNanos() < 0 ? "?"
                                : String.format("%.2f s", tc.cpuNanos() / 1e9), tc.nanos() / (double) d.nanos());
                    } else {
                        out.println("trace-cmd report: failed on " + bigDat);
                    }
                } else {
                    out.println("trace-cmd: not installed (apt-get install trace-cmd), no comparison");
                }
            } else {
                out.println("trace.dat: no " + dat.getFileName() + " beside the capture, skipped");
            }
            out.println("load average after: " + TraceBench.loadAverage());
            return 0;
        } catch (IOException e) {
            err.println("pagelab trace bench: " + e.getMessage());
            return 2;
        } finally {
            if (!keep) {
                try {
                    Files.deleteIfExists(text);
                    Files.deleteIfExists(bigDat);
                } catch (IOException e) {
                    err.println("pagelab trace bench: cannot delete " + text + ": " + e.getMessage());
                }
            }
        }
    }

    /** A file under ../shared (from the working directory or the launcher's PAGELAB_HOME), or null. */
    static Path findShared(String relative) {
        for (String start : new String[] {System.getenv("PAGELAB_HOME"), System.getProperty("user.dir")}) {
            if (start == null) {
                continue;
            }
            for (Path d = Path.of(start).toAbsolutePath(); d != null; d = d.getParent()) {
                Path f = d.resolve("shared").resolve(relative);
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
        }
        return null;
    }
}
