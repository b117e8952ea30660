package org.pagelab.engine.trace.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceFiles;
import org.pagelab.engine.trace.dat.DatWriter;

/**
 * The trace loading benchmark: builds a large text trace by repeating a
 * real capture with shifted timestamps, a large trace.dat the same way, and
 * times Pagelab loading them against {@code awk '{c[$5]++}'} (which only
 * splits fields) and {@code trace-cmd report > /dev/null} in the same run.
 */
public final class TraceBench {
    private TraceBench() {
    }

    /** Result of building the text input. */
    public record Built(Path file, long bytes, long events, int copies) {
    }

    private static final Pattern TS = Pattern.compile("\\]\\s+(?:\\S+\\s+)?(\\d+)\\.(\\d{6}): ");

    /**
     * Writes out: the header comment lines of capture, then its event lines
     * repeated until the file has at least minBytes, copy k with timestamps
     * shifted by k * (capture span + 1 ms). Atomic (temp file, then move).
     */
    public static Built buildText(Path capture, Path out, long minBytes, ProgressMonitor monitor) throws IOException {
        List<byte[]> pre = new ArrayList<>();
        List<Long> ts = new ArrayList<>();
        List<byte[]> post = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String line : Files.readAllLines(capture, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("#")) {
                if (ts.isEmpty()) {
                    header.append(line).append('\n');
                }
                continue;
            }
            Matcher m = TS.matcher(line);
            if (!m.find()) {
                continue;
            }
            long us = Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2));
            first = Math.min(first, us);
            last = Math.max(last, us);
            pre.add(line.substring(0, m.start(1)).getBytes(StandardCharsets.ISO_8859_1));
            ts.add(us);
            post.add((line.substring(m.end(2)) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (ts.isEmpty()) {
            throw new IOException(capture + ": no tracefs event lines to repeat");
        }
        long shift = last - first + 1000;
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".pagelab-bench-", ".tmp");
        long bytes = 0;
        int copies = 0;
        byte[] digits = new byte[32];
        monitor.begin("Writing " + out.getFileName(), minBytes);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            byte[] h = header.toString().getBytes(StandardCharsets.ISO_8859_1);
            o.write(h);
            bytes += h.length;
            while (bytes < minBytes) {
                long by = copies * shift;
                for (int i = 0; i < ts.size(); i++) {
                    byte[] a = pre.get(i);
                    byte[] b = post.get(i);
                    o.write(a);
                    int n = formatTs(ts.get(i) + by, digits);
                    o.write(digits, 0, n);
                    o.write(b);
                    bytes += a.length + n + b.length;
                }
                copies++;
                monitor.worked(bytes);
                monitor.checkCanceled();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        monitor.done();
        return new Built(out, bytes, (long) ts.size() * copies, copies);
    }

    /** "SECONDS.MICROS" of us into d; returns the length. */
    private static int formatTs(long us, byte[] d) {
        String s = (us / 1_000_000) + "." + String.format("%06d", us % 1_000_000);
        for (int i = 0; i < s.length(); i++) {
            d[i] = (byte) s.charAt(i);
        }
        return s.length();
    }

    /** A large trace.dat: the pages of dat repeated copies times with shifted timestamps (v7, zstd). */
    public static Path buildDat(Path dat, Path out, int copies) throws IOException {
        DatWriter.rewrite(dat, out, 7, "zstd", copies, 0);
        return out;
    }

    /** Timing of one load (cpuNanos: CPU time of this process during the load, all threads). */
    public record Load(long nanos, long cpuNanos, int events, long residentBytes, long heapBytes, long unparsed) {
        public double seconds() {
            return nanos / 1e9;
        }
    }

    /** Loads file (best wall time of runs), measuring the store's bytes and the heap it keeps. */
    public static Load load(Path file, int runs) throws IOException {
        Load best = null;
        for (int r = 0; r < runs; r++) {
            long heap0 = usedHeap();
            long c0 = processCpu();
            long t0 = System.nanoTime();
            Trace t = TraceFiles.open(file, ProgressMonitor.NONE);
            long nanos = System.nanoTime() - t0;
            long cpu = processCpu() - c0;
            long heap = usedHeap() - heap0;
            Load l = new Load(nanos, cpu, t.size(), t.residentBytes(), heap, t.unparsed());
            t.close();
            if (best == null || l.nanos < best.nanos) {
                best = l;
            }
        }
        return best;
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Wall and CPU time (user + system, -1 when /usr/bin/time is missing) of a command, ns. */
    public record Run(long nanos, long cpuNanos) {
    }

    /**
     * Runs a command (stdout discarded), best wall time of runs, with its CPU
     * time measured by /usr/bin/time when present; null if it cannot run.
     */
    public static Run command(List<String> argv, int runs) {
        Run best = null;
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        for (int r = 0; r < runs; r++) {
            try {
                List<String> cmd = new java.util.ArrayList<>();
                if (timed) {
                    cmd.addAll(List.of("/usr/bin/time", "-f", "pagelab-cpu %U %S"));
                }
                cmd.addAll(argv);
                Path err = Files.createTempFile("pagelab-bench", ".err");
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err.toFile());
                long t0 = System.nanoTime();
                Process p = pb.start();
                if (!p.waitFor(30, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    Files.deleteIfExists(err);
                    return null;
                }
                long t = System.nanoTime() - t0;
                long cpu = -1;
                for (String line : Files.readAllLines(err)) {
                    if (line.startsWith("pagelab-cpu ")) {
                        String[] f = line.split(" ");
                        cpu = (long) ((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1e9);
                    }
                }
                Files.deleteIfExists(err);
                if (p.exitValue() != 0) {
                    return null;
                }
                if (best == null || t < best.nanos()) {
                    best = new Run(t, cpu);
                }
            } catch (IOException | NumberFormatException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return best;
    }

    /** True if an executable is on the PATH. */
    public static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }

    /** The load average line of /proc/loadavg, or "unknown". */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
