package org.pagelab.engine.explore;

import java.util.BitSet;

import org.pagelab.engine.sem.Heap;
import org.pagelab.engine.sem.Machine;

/**
 * Persistent sets from object footprints. Starting from one enabled thread,
 * the set is closed under: "thread u may, now or later, touch an object that
 * a step in the set touches, one of them writing it" (u's future is the
 * static {@link Footprints} of its whole run); a blocked thread in the set
 * contributes the object it waits on, so that whoever could wake it joins.
 * When a step in the set ends the last regular thread, the daemons (whose
 * steps that disables) join too. Of the sets grown from each enabled thread
 * the smallest is taken. Only enabled threads of the set are explored.
 */
final class Por {
    private final Explorer ex;
    private final Heap heap;
    private final Footprints fp;

    Por(Explorer ex) {
        this.ex = ex;
        this.heap = ex.prog.heap();
        this.fp = ex.footprints;
    }

    /** The threads to explore, or null when no reduction is possible. */
    boolean[] persistent(int[][] ts, boolean[] enabled, int[][] reads, int[][] writes, boolean[] finishes) {
        int n = ex.nThreads;
        int nEnabled = 0;
        for (int t = 0; t < ex.nAll; t++) {
            if (enabled[t]) {
                nEnabled++;
            }
        }
        if (nEnabled <= 1) {
            return null;
        }
        for (int t = n; t < ex.nAll; t++) {
            if (enabled[t]) {
                return null; // the after block runs alone anyway
            }
        }
        BitSet[] r = new BitSet[n];
        BitSet[] w = new BitSet[n];
        for (int t = 0; t < n; t++) {
            if (reads[t] != null) {
                r[t] = objects(reads[t]);
                w[t] = objects(writes[t]);
            }
        }
        boolean[] best = null;
        int bestCount = nEnabled;
        for (int t0 = 0; t0 < n && bestCount > 1; t0++) {
            if (!enabled[t0]) {
                continue;
            }
            boolean[] in = new boolean[n];
            int[] stack = new int[n];
            int sp = 0;
            in[t0] = true;
            stack[sp++] = t0;
            int count = 1;
            while (sp > 0 && count < bestCount) {
                int t = stack[--sp];
                if (r[t] == null) {
                    continue;
                }
                for (int u = 0; u < n; u++) {
                    if (in[u] || Machine.finished(ts[u])) {
                        continue;
                    }
                    if (conflict(r[t], w[t], u) || (finishes[t] && ex.daemon[u] && lastRegular(ts, t))) {
                        in[u] = true;
                        stack[sp++] = u;
                        if (enabled[u]) {
                            count++;
                        }
                    }
                }
            }
            if (count < bestCount) {
                bestCount = count;
                best = new boolean[ex.nAll];
                for (int u = 0; u < n; u++) {
                    best[u] = in[u] && enabled[u];
                }
            }
        }
        return best;
    }

    private boolean lastRegular(int[][] ts, int t) {
        for (int u = 0; u < ex.nThreads; u++) {
            if (u != t && !ex.daemon[u] && !Machine.finished(ts[u])) {
                return false;
            }
        }
        return true;
    }

    private boolean conflict(BitSet r, BitSet w, int u) {
        return w.intersects(fp.read[u]) || w.intersects(fp.write[u]) || r.intersects(fp.write[u]);
    }

    private BitSet objects(int[] cells) {
        BitSet b = new BitSet();
        for (int c : cells) {
            b.set(heap.ownerOf(c));
        }
        return b;
    }
}
