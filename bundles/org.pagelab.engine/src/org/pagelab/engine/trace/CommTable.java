package org.pagelab.engine.trace;

import java.util.Arrays;

/**
 * Task names per pid over time: a pid's name changes on exec, and text
 * traces print "<...>" when the kernel had lost it. Lookups give the name
 * in force at a given event.
 */
final class CommTable {
    private final LongIntMap slotOfPid = new LongIntMap(64);
    private int[][] changes = new int[16][]; // per slot: {event0, comm0, event1, comm1, ..., used length}
    private int slots;

    void set(int pid, int commId, int fromEvent) {
        int s = slotOfPid.getOrAssign(pid, slots);
        if (s == slots) {
            if (s == changes.length) {
                changes = Arrays.copyOf(changes, s * 2);
            }
            changes[s] = new int[] {0, 0, 0};
            slots++;
        }
        int[] c = changes[s];
        int used = c[c.length - 1];
        if (used >= 2 && c[used - 1] == commId) {
            return;
        }
        if (used + 2 >= c.length) {
            int[] g = Arrays.copyOf(c, c.length * 2 + 1);
            g[g.length - 1] = used;
            c = changes[s] = g;
        }
        c[used] = fromEvent;
        c[used + 1] = commId;
        c[c.length - 1] = used + 2;
    }

    /** Comm id for pid at event (the last change at or before it, else the first known), or -1. */
    int get(int pid, int event) {
        int s = slotOfPid.get(pid);
        if (s < 0) {
            return -1;
        }
        int[] c = changes[s];
        int used = c[c.length - 1];
        int best = c[1];
        for (int k = 0; k < used; k += 2) {
            if (c[k] <= event) {
                best = c[k + 1];
            } else {
                break;
            }
        }
        return best;
    }

    /** Calls f(pid, fromEvent, commId) for every recorded name change. */
    void forEach(Visitor f) {
        for (long pid : slotOfPid.keys()) {
            int[] c = changes[slotOfPid.get(pid)];
            int used = c[c.length - 1];
            for (int k = 0; k < used; k += 2) {
                f.visit((int) pid, c[k], c[k + 1]);
            }
        }
    }

    /** See {@link #forEach}. */
    interface Visitor {
        void visit(int pid, int event, int commId);
    }

    /** Remaps event indices after a time sort. */
    void remap(int[] newOfOld) {
        for (int s = 0; s < slots; s++) {
            int[] c = changes[s];
            int used = c[c.length - 1];
            for (int k = 0; k < used; k += 2) {
                c[k] = c[k] < newOfOld.length ? newOfOld[c[k]] : c[k];
            }
            // keep entries ordered by event
            for (int a = 2; a < used; a += 2) {
                for (int b = a; b >= 2 && c[b - 2] > c[b]; b -= 2) {
                    int e = c[b];
                    int v = c[b + 1];
                    c[b] = c[b - 2];
                    c[b + 1] = c[b - 1];
                    c[b - 2] = e;
                    c[b - 1] = v;
                }
            }
        }
    }

    long residentBytes() {
        long b = slotOfPid.residentBytes() + 16 + 8L * changes.length;
        for (int s = 0; s < slots; s++) {
            b += 16 + 4L * changes[s].length;
        }
        return b;
    }
}
