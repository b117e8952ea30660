package org.pagelab.engine.trace.analysis;

import org.pagelab.engine.trace.PostingIndex;
import org.pagelab.engine.trace.Trace;

/**
 * Event counts per pixel column of a time window, per CPU or overall: the
 * timeline's density histogram. A base histogram of {@value #BASE} buckets
 * over the whole trace is computed once per CPU; windows coarser than a
 * bucket per column are answered from it, finer windows by walking the
 * events of the window (binary search to its start).
 */
public final class Density {
    static final int BASE = 1 << 16;

    private final Trace t;
    private final long t0;
    private final double span;
    private final int[][] base; // [cpu + 1][bucket]; index 0: all CPUs

    public Density(Trace t) {
        this.t = t;
        this.t0 = t.firstTs();
        this.span = Math.max(1, t.lastTs() - t.firstTs() + 1);
        int cpus = t.byCpu().keys();
        base = new int[cpus + 1][BASE];
        for (int i = 0; i < t.size(); i++) {
            int b = bucket(t.ts(i));
            base[0][b]++;
            base[t.cpu(i) + 1][b]++;
        }
    }

    private int bucket(long ts) {
        return (int) Math.min(BASE - 1, Math.max(0, (long) ((ts - t0) / span * BASE)));
    }

    /**
     * Counts per column of [from, to) split into columns; cpu < 0 for all
     * CPUs.
     */
    public int[] counts(int cpu, long from, long to, int columns) {
        int[] out = new int[Math.max(0, columns)];
        if (columns <= 0 || to <= from || t.size() == 0 || (cpu >= 0 && cpu + 1 >= base.length)) {
            return out;
        }
        double colNs = (double) (to - from) / columns;
        double bucketNs = span / BASE;
        if (colNs >= 4 * bucketNs) {
            int[] h = base[cpu + 1];
            for (int b = bucket(from); b <= bucket(to - 1); b++) {
                long bStart = t0 + (long) (b * bucketNs);
                int col = (int) ((bStart + bucketNs / 2 - from) / colNs);
                if (col >= 0 && col < columns) {
                    out[col] += h[b];
                }
            }
            return out;
        }
        int start = t.firstAtOrAfter(from);
        if (cpu < 0) {
            for (int i = start; i < t.size() && t.ts(i) < to; i++) {
                out[(int) Math.min(columns - 1, (t.ts(i) - from) / colNs)]++;
            }
        } else {
            PostingIndex.Cursor c = t.byCpu().cursorFrom(cpu, start);
            while (c.next() && t.ts(c.value()) < to) {
                out[(int) Math.min(columns - 1, (t.ts(c.value()) - from) / colNs)]++;
            }
        }
        return out;
    }

    /** The event of cpu (any CPU if < 0) nearest to time ts, or -1. */
    public int nearest(int cpu, long ts) {
        int i = t.firstAtOrAfter(ts);
        if (cpu < 0) {
            if (i >= t.size()) {
                return t.size() - 1;
            }
            return i > 0 && ts - t.ts(i - 1) < t.ts(i) - ts ? i - 1 : i;
        }
        PostingIndex.Cursor after = t.byCpu().cursorFrom(cpu, i);
        int a = after.next() ? after.value() : -1;
        int b = -1;
        // the last event of cpu before i: walk back (bounded) on the time-sorted columns
        for (int k = i - 1; k >= 0 && k >= i - 100_000; k--) {
            if (t.cpu(k) == cpu) {
                b = k;
                break;
            }
        }
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return ts - t.ts(b) <= t.ts(a) - ts ? b : a;
    }
}
