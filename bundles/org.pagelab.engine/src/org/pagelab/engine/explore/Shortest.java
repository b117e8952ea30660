package org.pagelab.engine.explore;

import java.util.List;

import org.pagelab.engine.sem.Program;

/**
 * Makes a reduced exploration's trace a shortest one: partial-order reduction
 * may delay independent steps, which can lengthen the first trace it finds.
 * This reruns breadth-first without reduction, only as deep as the trace
 * already found and within a state budget, and returns the thread choices of
 * the first trace to the same violation (or null to keep the original).
 */
final class Shortest {
    static final long BUDGET = 300_000;

    private Shortest() {
    }

    static List<Integer> find(Program prog, Explorer.Options base, String kind, int depth) {
        Explorer.Options o = new Explorer.Options();
        o.maxStates = Math.min(BUDGET, base.maxStates);
        o.timeoutMillis = base.timeoutMillis;
        o.maxMemoryBytes = base.maxMemoryBytes;
        o.workers = base.workers;
        o.por = false;
        o.shortest = false;
        o.monitor = org.pagelab.engine.ProgressMonitor.NONE;
        o.model = base.model;
        Explorer e = new Explorer(prog, o, false);
        e.targetKind = kind;
        e.maxDepth = depth;
        return e.searchTarget();
    }
}
