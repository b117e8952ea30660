package org.pagelab.engine.check;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pagelab.engine.explore.ExploreResult;
import org.pagelab.engine.explore.Explorer;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.engine.sem.Program;

/**
 * The exploration benchmark behind {@code ./pagelab bench}: explores a
 * scenario (best of N runs) and reports states, states per second, wall
 * time, the peak Java heap in use during the run, and the process's peak
 * resident memory (VmHWM from /proc/self/status, which counts the whole JVM).
 */
public final class Bench {
    private Bench() {
    }

    /**
     * One file's figures: the fastest run's time, the highest peak heap of
     * all runs. {@code verdict} is Never/Sometimes/Always, or Incomplete with
     * the reason in {@code incomplete} (a budget, or "memory" when the heap
     * ran out); {@code expected} is the Result: line or null, {@code match}
     * whether the verdict equals it with no violation the condition does not
     * mention (null without a Result: line).
     * {@code vmHwmKb} is -1 where /proc is not available.
     */
    public record Result(String file, String name, String verdict, String expected, Boolean match, String incomplete, long states,
            long transitions, long millis, double statesPerSecond, long peakHeapBytes, long vmHwmKb, int runs) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file);
            m.put("name", name);
            m.put("verdict", verdict);
            m.put("expected", expected);
            m.put("match", match);
            if (incomplete != null) {
                m.put("incomplete", incomplete);
            }
            m.put("states", states);
            m.put("transitions", transitions);
            m.put("millis", millis);
            m.put("statesPerSecond", Math.round(statesPerSecond));
            m.put("peakHeapBytes", peakHeapBytes);
            m.put("vmHwmKb", vmHwmKb);
            m.put("runs", runs);
            return m;
        }
    }

    /**
     * Explores a file under SC {@code runs} times (at least once), without
     * computing shortest traces (the exploration alone is measured). The
     * peak heap is the sum of the heap pools' peak usage during a run (live
     * data plus garbage not yet collected: an upper bound of what the run
     * needs).
     */
    public static Result run(Path file, CheckOptions o, int runs) throws IOException, ScenarioException {
        String text = Files.readString(file);
        Program p = ScCheckModel.compile(file, text, o);
        long best = Long.MAX_VALUE;
        long peak = 0;
        ExploreResult r = null;
        String oom = null;
        int n = Math.max(1, runs);
        for (int i = 0; i < n && oom == null; i++) {
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            Explorer.Options eo = ScCheckModel.exploreOptions(o);
            eo.shortest = false;
            long t0 = System.nanoTime();
            try {
                r = Explorer.explore(p, eo);
            } catch (OutOfMemoryError e) {
                oom = "memory";
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    heap += pool.getPeakUsage().getUsed();
                }
            }
            best = Math.min(best, ms);
            peak = Math.max(peak, heap);
        }
        String expected = ScCheckModel.expected(p);
        if (oom != null) {
            return new Result(file.toString(), p.name(), "Incomplete", expected, expected == null ? null : false, oom, 0, 0, best, 0, peak, vmHwmKb(), n);
        }
        double rate = r.states() * 1000.0 / Math.max(1, best);
        String verdict = r.verdict() == null ? "Incomplete" : r.verdict().toString();
        Boolean match = expected == null ? null : expected.equals(verdict) && !r.unexpected();
        return new Result(file.toString(), p.name(), verdict, expected, match, r.incomplete(), r.states(), r.transitions(), best, rate, peak, vmHwmKb(), n);
    }

    /** Peak resident set of this process in kB (VmHWM), or -1. */
    public static long vmHwmKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** The 1-minute load average (for reports), or -1. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
