package org.pagelab.engine.explore;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Finds non-progress cycles: a strongly connected part of the explored graph
 * (which has no final state, so some regular thread never finishes) that is
 * weakly fair, i.e. every thread enabled in all its states also takes a step
 * inside it. A spin on a flag nobody sets while others could run is not fair
 * and not reported; two threads that keep undoing each other's progress (the
 * uffd-wp unprotect/write-fault loop of race S2) are.
 */
final class Livelock {
    private final Explorer ex;
    private final StateTable tab;
    private int[] start;
    private int[] adj;
    private int[] adjThread;

    Livelock(Explorer ex) {
        this.ex = ex;
        this.tab = ex.table;
    }

    /** Whether the explored graph has a cycle (a non-trivial strongly connected part or a self-loop). */
    boolean hasCycle() {
        int n = tab.size();
        buildGraph(n);
        int[] comp = scc(n);
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            if (++size[comp[v]] > 1) {
                return true;
            }
        }
        for (int v = 0; v < n; v++) {
            for (int e = start[v]; e < start[v + 1]; e++) {
                if (adj[e] == v) {
                    return true;
                }
            }
        }
        return false;
    }

    Explorer.Found find() {
        int n = tab.size();
        buildGraph(n);
        int[] comp = scc(n);
        int ncomp = 0;
        for (int c : comp) {
            ncomp = Math.max(ncomp, c + 1);
        }
        int[] allEnabled = new int[ncomp];
        Arrays.fill(allEnabled, -1);
        int[] moving = new int[ncomp];
        int[] size = new int[ncomp];
        boolean[] cyclic = new boolean[ncomp];
        int[] entry = new int[ncomp];
        Arrays.fill(entry, -1);
        for (int v = 0; v < n; v++) {
            int c = comp[v];
            size[c]++;
            allEnabled[c] &= tab.enabled[v];
            if (entry[c] < 0 || tab.depth[v] < tab.depth[entry[c]]) {
                entry[c] = v;
            }
            for (int e = start[v]; e < start[v + 1]; e++) {
                if (comp[adj[e]] == c) {
                    moving[c] |= 1 << adjThread[e];
                    cyclic[c] = true;
                }
            }
        }
        int best = -1;
        for (int c = 0; c < ncomp; c++) {
            if (cyclic[c] && (allEnabled[c] & ~moving[c]) == 0) {
                if (best < 0 || tab.depth[entry[c]] < tab.depth[entry[best]]) {
                    best = c;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        int[] loop = cycle(entry[best], comp, best);
        StringBuilder who = new StringBuilder();
        for (int t = 0; t < ex.nAll; t++) {
            if ((moving[best] & (1 << t)) != 0) {
                if (who.length() > 0) {
                    who.append(" and ");
                }
                who.append(ex.threadName(t));
            }
        }
        return new Explorer.Found(entry[best], -1, "livelock", who + " can repeat the same " + loop.length
                + " steps forever without finishing (a non-progress cycle)", tab.depth[entry[best]], loop);
    }

    private void buildGraph(int n) {
        int[] deg = new int[n + 1];
        for (int v = 1; v < n; v++) {
            deg[tab.parent[v]]++;
        }
        Explorer.Edges e = ex.edges;
        for (int i = 0; i < e.n; i++) {
            deg[e.from[i]]++;
        }
        start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + deg[v];
        }
        adj = new int[start[n]];
        adjThread = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int v = 1; v < n; v++) {
            int p = tab.parent[v];
            adj[fill[p]] = v;
            adjThread[fill[p]++] = tab.thread[v];
        }
        for (int i = 0; i < e.n; i++) {
            int f = e.from[i];
            adj[fill[f]] = e.to[i];
            adjThread[fill[f]++] = e.thr[i];
        }
    }

    /** Iterative Tarjan; returns the component of each node. */
    private int[] scc(int n) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callV = new int[n];
        int[] callE = new int[n];
        int idx = 0;
        int nc = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int csp = 0;
            callV[csp] = root;
            callE[csp++] = start[root];
            index[root] = low[root] = idx++;
            stack[sp++] = root;
            onStack[root] = true;
            while (csp > 0) {
                int v = callV[csp - 1];
                int e = callE[csp - 1];
                if (e < start[v + 1]) {
                    callE[csp - 1]++;
                    int w = adj[e];
                    if (index[w] < 0) {
                        index[w] = low[w] = idx++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        callV[csp] = w;
                        callE[csp++] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    csp--;
                    if (csp > 0) {
                        int u = callV[csp - 1];
                        low[u] = Math.min(low[u], low[v]);
                    }
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = nc;
                        } while (w != v);
                        nc++;
                    }
                }
            }
        }
        return comp;
    }

    /** The thread choices of a shortest cycle from {@code from} back to it inside component c. */
    private int[] cycle(int from, int[] comp, int c) {
        int n = comp.length;
        int[] prev = new int[n];
        int[] prevT = new int[n];
        Arrays.fill(prev, -2);
        Deque<Integer> q = new ArrayDeque<>();
        for (int e = start[from]; e < start[from + 1]; e++) {
            int w = adj[e];
            if (comp[w] == c && prev[w] == -2) {
                prev[w] = from;
                prevT[w] = adjThread[e];
                q.add(w);
            }
        }
        while (!q.isEmpty()) {
            int v = q.poll();
            if (v == from) {
                break;
            }
            for (int e = start[v]; e < start[v + 1]; e++) {
                int w = adj[e];
                if (comp[w] == c && prev[w] == -2) {
                    prev[w] = v;
                    prevT[w] = adjThread[e];
                    q.add(w);
                }
            }
        }
        Deque<Integer> path = new ArrayDeque<>();
        int v = from;
        do {
            path.push(prevT[v]);
            v = prev[v];
        } while (v != from && v >= 0);
        int[] out = new int[path.size()];
        int i = 0;
        for (int t : path) {
            out[i++] = t;
        }
        return out;
    }
}
